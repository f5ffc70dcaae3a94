import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLocalStorage } from "../../lib/storage";
import { contentDisposition, downloadFileName, downloadResponse } from "../../lib/storage/download";

const pdf = Buffer.from("%PDF-1.4\n%%EOF\n");

/** What a browser does with filename*: percent-decode the UTF-8 value. */
function nameFromHeader(header: string): string {
  const match = /filename\*=UTF-8''([^;\s]+)/.exec(header);
  if (!match) throw new Error(`no filename* in ${header}`);
  return decodeURIComponent(match[1]!);
}

describe("downloadResponse", () => {
  it("sends the bytes as an attachment with nosniff, no caching and the length", async () => {
    const response = downloadResponse({ body: pdf, size: pdf.length, mime: "application/pdf", fileName: "护照.pdf" });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Length")).toBe(String(pdf.length));
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(response.headers.get("Content-Security-Policy")).toContain("sandbox");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="download.pdf"; filename*=UTF-8''%E6%8A%A4%E7%85%A7.pdf`,
    );
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf);
  });

  it("streams an object opened from storage", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "talent-portal-download-"));
    try {
      const store = createLocalStorage(root);
      const key = await store.put(pdf, { contentType: "application/pdf" });
      const opened = (await store.open(key))!;
      const response = downloadResponse({ body: opened.stream, size: opened.size, mime: "image/png", fileName: "a" });
      expect(response.headers.get("Content-Length")).toBe(String(pdf.length));
      expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("accepts a web stream as the body", async () => {
    const body = Readable.toWeb(Readable.from([pdf])) as ReadableStream<Uint8Array>;
    const response = downloadResponse({ body, size: pdf.length, mime: "application/pdf", fileName: "a.pdf" });
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf);
  });

  it("sends any type it does not know as application/octet-stream, still as an attachment", () => {
    for (const mime of ["text/html", "image/svg+xml", "application/x-msdownload", ""]) {
      const response = downloadResponse({ body: pdf, size: pdf.length, mime, fileName: "x.html" });
      expect(response.headers.get("Content-Type")).toBe("application/octet-stream");
      expect(response.headers.get("Content-Disposition")).toMatch(/^attachment;/);
    }
  });
});

describe("contentDisposition", () => {
  it.each([["护照.pdf"], ["Résumé 简历 (2).pdf"], ["a'b(c)*d%20e.png"], ["😀 emoji.jpg"], ["semi;colon,comma.pdf"]])(
    "round-trips %j through filename* and keeps the header ASCII",
    (name) => {
      const header = contentDisposition(name);
      expect(header).toMatch(/^attachment; filename="[^"\\]*"; filename\*=UTF-8''/);
      expect(nameFromHeader(header)).toBe(name);
      expect(header).toMatch(/^[\x20-\x7e]+$/); // headers must be ASCII; a raw 护 would throw in Response
      // RFC 8187 attr-char only in the ext-value: no quote, parentheses, star, semicolon or space.
      expect(header.split("filename*=UTF-8''")[1]).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    },
  );

  it("gives an ASCII fallback that keeps what it can", () => {
    expect(contentDisposition("report 2026.pdf")).toContain('filename="report 2026.pdf"');
    expect(contentDisposition("Résumé 简历.pdf")).toContain('filename="R_sum_ _.pdf"');
    expect(contentDisposition("简历.pdf")).toContain('filename="download.pdf"');
  });
});

describe("downloadFileName", () => {
  it("keeps a name that already ends as its type", () => {
    expect(downloadFileName("护照.pdf", "application/pdf")).toBe("护照.pdf");
    expect(downloadFileName("photo.JPEG", "image/jpeg")).toBe("photo.JPEG");
    expect(downloadFileName("photo.jpg", "image/jpeg")).toBe("photo.jpg");
  });

  it("adds the extension the bytes call for", () => {
    expect(downloadFileName("扫描件.txt", "application/pdf")).toBe("扫描件.txt.pdf");
    expect(downloadFileName("证书.pdf", "image/png")).toBe("证书.pdf.png");
    expect(downloadFileName("scan", "image/jpeg")).toBe("scan.jpg");
  });

  it("makes the recorded name safe again", () => {
    expect(downloadFileName("C:\\x\\..\\a\u202Efdp.exe", "application/pdf")).toBe("afdp.exe.pdf");
    expect(downloadFileName("", "image/png")).toBe("file.png");
  });
});
