import { describe, expect, it } from "vitest";
import {
  MAX_APPLICATION_BYTES,
  MAX_FILE_BYTES,
  checkApplicationTotal,
  checkUpload,
  checkUploadSize,
  displayFileName,
  formatMegabytes,
} from "../../lib/storage/check-upload";

// Real file beginnings, built here so no binary fixture is committed.
const latin1 = (s: string) => Buffer.from(s, "latin1");
const PDF = latin1(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\n" +
    "endobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), // signature
  Buffer.from([0, 0, 0, 13]), // IHDR length
  latin1("IHDR"),
  Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]), // 1×1, 8-bit RGBA
  Buffer.from([0x1f, 0x15, 0xc4, 0x89]), // CRC
]);
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8]), // SOI
  Buffer.from([0xff, 0xe0, 0x00, 0x10]), // APP0, length 16
  latin1("JFIF\0"),
  Buffer.from([1, 1, 0, 0, 1, 0, 1, 0, 0]),
]);
const EXE = (() => {
  const b = Buffer.alloc(256);
  b.write("MZ", 0, "latin1");
  b.writeUInt32LE(128, 0x3c); // e_lfanew → the PE header
  b.write("PE\0\0", 128, "latin1");
  return b;
})();
const ZIP = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0]),
  Buffer.alloc(16),
  Buffer.from([5, 0, 0, 0]), // name length 5, extra length 0
  latin1("a.txt"),
]);
const HTML = Buffer.from("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
const SVG = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  "utf8",
);

describe("checkUpload: the bytes decide the type", () => {
  it.each([
    ["申请表.pdf", PDF, "application/pdf", "pdf"],
    ["photo.png", PNG, "image/png", "png"],
    ["照片.jpg", JPEG, "image/jpeg", "jpg"],
    ["照片.JPEG", JPEG, "image/jpeg", "jpg"],
  ])("accepts %s", async (name, bytes, mime, ext) => {
    expect(await checkUpload({ name, bytes })).toEqual({ ok: true, mime, ext, size: bytes.length, name });
  });

  it("accepts a real PDF named .txt, as a PDF", async () => {
    expect(await checkUpload({ name: "扫描件.txt", bytes: PDF })).toMatchObject({
      ok: true,
      mime: "application/pdf",
      ext: "pdf",
    });
  });

  it("accepts a PNG named .pdf as a PNG, and a file with no extension", async () => {
    expect(await checkUpload({ name: "证书.pdf", bytes: PNG })).toMatchObject({ ok: true, mime: "image/png" });
    expect(await checkUpload({ name: "scan", bytes: JPEG })).toMatchObject({ ok: true, mime: "image/jpeg" });
  });

  it.each([
    ["EXE", EXE, "EXE"],
    ["ZIP", ZIP, "ZIP"],
    ["SVG", SVG, "XML"],
  ])("refuses a %s renamed .pdf, naming what it really is", async (_kind, bytes, seen) => {
    const result = await checkUpload({ name: "护照.pdf", bytes });
    expect(result).toMatchObject({ ok: false, code: "typeNotAllowed" });
    if (result.ok) throw new Error("unreachable");
    expect(result.message).toContain("文件“护照.pdf”不是 PDF、JPG 或 PNG 文件");
    expect(result.message).toContain(`实为 ${seen}`);
    expect(result.messageEn).toContain(`The file "护照.pdf" is not a PDF, JPG or PNG file (its content is ${seen})`);
  });

  it("refuses HTML and plain text named .pdf, which have no signature at all", async () => {
    for (const bytes of [HTML, Buffer.from("just some text, 不是 PDF\n")]) {
      const result = await checkUpload({ name: "护照.pdf", bytes });
      expect(result).toMatchObject({ ok: false, code: "typeNotAllowed" });
      if (!result.ok) expect(result.message).not.toContain("实为");
    }
  });

  it("refuses other images (GIF, WebP) and a PNG signature without a chunk", async () => {
    const gif = latin1("GIF89a\x01\x00\x01\x00\x00\x00\x00;");
    const webp = Buffer.concat([latin1("RIFF"), Buffer.from([26, 0, 0, 0]), latin1("WEBPVP8 "), Buffer.alloc(14)]);
    for (const bytes of [gif, webp, PNG.subarray(0, 8)]) {
      expect(await checkUpload({ name: "图.png", bytes })).toMatchObject({ ok: false, code: "typeNotAllowed" });
    }
  });

  it("refuses a PDF signature that does not start the file", async () => {
    expect(await checkUpload({ name: "a.pdf", bytes: Buffer.concat([HTML, PDF]) })).toMatchObject({ ok: false });
  });
});

describe("checkUpload: size", () => {
  it("refuses an empty file with its name", async () => {
    const result = await checkUpload({ name: "学历证书.pdf", bytes: new Uint8Array(0) });
    expect(result).toEqual({
      ok: false,
      code: "empty",
      message: "文件“学历证书.pdf”是空文件（0 字节），请重新选择要上传的文件。",
      messageEn: 'The file "学历证书.pdf" is empty (0 bytes). Please choose the file again.',
    });
  });

  it("accepts exactly 10 MB and refuses 10 MB + 1 byte", async () => {
    const exactly = Buffer.alloc(MAX_FILE_BYTES);
    PDF.copy(exactly);
    expect(MAX_FILE_BYTES).toBe(10 * 1024 * 1024);
    expect(await checkUpload({ name: "big.pdf", bytes: exactly })).toMatchObject({ ok: true, size: MAX_FILE_BYTES });

    const over = Buffer.alloc(MAX_FILE_BYTES + 1);
    PDF.copy(over);
    const result = await checkUpload({ name: "护照.pdf", bytes: over });
    expect(result).toMatchObject({ ok: false, code: "tooLarge" });
    if (result.ok) throw new Error("unreachable");
    expect(result.message).toContain("文件“护照.pdf”超过 10 MB（10.1 MB）");
    expect(result.messageEn).toContain('The file "护照.pdf" is larger than 10 MB (10.1 MB)');
  });

  it("checks the size before the type, so an oversized EXE reads as too large", async () => {
    const over = Buffer.alloc(MAX_FILE_BYTES + 1);
    EXE.copy(over);
    expect(await checkUpload({ name: "x.pdf", bytes: over })).toMatchObject({ code: "tooLarge" });
  });

  it("checkUploadSize judges a File's size before its bytes are read", () => {
    expect(checkUploadSize({ name: "a.pdf", size: 1 })).toEqual({ ok: true });
    expect(checkUploadSize({ name: "a.pdf", size: 0 })).toMatchObject({ ok: false, code: "empty" });
    expect(checkUploadSize({ name: "a.pdf", size: 2 * 1024 ** 3 })).toMatchObject({
      ok: false,
      code: "tooLarge",
      message: expect.stringContaining("（2048.0 MB）"),
    });
  });

  it("names the file by its display name, never with its path or control characters", async () => {
    const result = await checkUpload({ name: "C:\\fakepath\\a\u0007b.pdf", bytes: new Uint8Array(0) });
    expect(result).toMatchObject({ message: expect.stringContaining("文件“ab.pdf”") });
  });
});

describe("checkApplicationTotal", () => {
  const MB = 1024 * 1024;
  it("allows up to 50 MB in all", () => {
    expect(MAX_APPLICATION_BYTES).toBe(50 * MB);
    expect(checkApplicationTotal(0, 10 * MB)).toEqual({ ok: true, total: 10 * MB });
    expect(checkApplicationTotal(40 * MB, 10 * MB)).toEqual({ ok: true, total: 50 * MB });
  });

  it("refuses one byte more and says how much room is left", () => {
    expect(checkApplicationTotal(40 * MB, 10 * MB + 1)).toMatchObject({ ok: false, code: "applicationTooLarge" });
    const result = checkApplicationTotal(45.5 * MB, 8 * MB);
    expect(result).toEqual({
      ok: false,
      code: "applicationTooLarge",
      message: "一份申请的材料合计不能超过 50 MB：已上传 45.5 MB，本次 8.0 MB，最多还能上传 4.5 MB。",
      messageEn:
        "The materials of one application may not exceed 50 MB in total: 45.5 MB already uploaded, 8.0 MB now, " +
        "at most 4.5 MB more.",
    });
  });

  it("never reports negative room", () => {
    const result = checkApplicationTotal(60 * MB, 1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("最多还能上传 0.0 MB");
  });
});

describe("formatMegabytes", () => {
  it("rounds sizes up and room down, to one decimal", () => {
    expect(formatMegabytes(10 * 1024 * 1024)).toBe("10.0 MB");
    expect(formatMegabytes(10 * 1024 * 1024 + 1)).toBe("10.1 MB");
    expect(formatMegabytes(4.59 * 1024 * 1024, "down")).toBe("4.5 MB");
    expect(formatMegabytes(1)).toBe("0.1 MB");
  });
});

describe("displayFileName", () => {
  it("keeps Chinese names and ordinary punctuation", () => {
    expect(displayFileName("护照 (首页)-2026.pdf")).toBe("护照 (首页)-2026.pdf");
    expect(displayFileName("Résumé 简历.PDF")).toBe("Résumé 简历.PDF");
  });

  it("keeps only the last segment of a Windows or POSIX path", () => {
    expect(displayFileName("C:\\fakepath\\护照.pdf")).toBe("护照.pdf");
    expect(displayFileName("../../etc/passwd")).toBe("passwd");
    expect(displayFileName("/tmp/a/b.png")).toBe("b.png");
    expect(displayFileName("dir/")).toBe("file");
  });

  it("drops control, bidi-override and zero-width characters", () => {
    expect(displayFileName("a\u0000b\r\nc\u007f.pdf")).toBe("abc.pdf");
    // "invoice‮fdp.exe" shows as "invoiceexe.pdf" in a browser; without the override it reads as what it is.
    expect(displayFileName("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(displayFileName("a\u200bb\ufeff.pdf")).toBe("ab.pdf");
  });

  it("replaces characters Windows refuses, collapses whitespace and drops leading and trailing dots", () => {
    expect(displayFileName('a<b>:"c"|?*.pdf')).toBe("a_b___c____.pdf");
    expect(displayFileName("  a \t  b.pdf  ")).toBe("a b.pdf");
    expect(displayFileName("...hidden.pdf")).toBe("hidden.pdf");
    expect(displayFileName("name.pdf. . ")).toBe("name.pdf");
  });

  it("falls back when nothing is left", () => {
    expect(displayFileName("")).toBe("file");
    expect(displayFileName("\u0000\u0001")).toBe("file");
    expect(displayFileName("..")).toBe("file");
    expect(displayFileName("", "材料")).toBe("材料");
  });

  it("caps the length at 100 characters, keeping the extension and whole characters", () => {
    const long = displayFileName(`${"很长的文件名".repeat(40)}.pdf`);
    expect(Array.from(long)).toHaveLength(100);
    expect(long.endsWith("….pdf")).toBe(true);
    const emoji = displayFileName(`${"😀".repeat(150)}.png`);
    expect(Array.from(emoji)).toHaveLength(100);
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/); // no half surrogate pair
    expect(Array.from(displayFileName("x".repeat(150)))).toHaveLength(100);
  });
});
