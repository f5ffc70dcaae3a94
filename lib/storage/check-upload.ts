// What an uploaded material must be before it is stored: PDF, JPG or PNG judged by its bytes (file-type), never by
// its name; not empty; at most 10 MB, and at most 50 MB for all the materials of one application.
//
// No I/O and no server-only imports: the browser may run the same checks for early feedback, but only the server's
// run counts. Messages are Chinese and English and name the file, because several files are refused one by one.
import { fileTypeFromBuffer } from "file-type";

const MB = 1024 * 1024;
/** Per file. "MB" here and in the messages is 1024 × 1024 bytes. */
export const MAX_FILE_BYTES = 10 * MB;
/** All the materials of one application together. */
export const MAX_APPLICATION_BYTES = 50 * MB;

/** The only types we keep, by the mime file-type reports, with the extension we give them. */
export const ALLOWED_TYPES = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
} as const;

export type TAllowedMime = keyof typeof ALLOWED_TYPES;
export type TAllowedExt = (typeof ALLOWED_TYPES)[TAllowedMime];

export function isAllowedMime(mime: string): mime is TAllowedMime {
  return Object.hasOwn(ALLOWED_TYPES, mime);
}

export type TUploadRefusal = {
  ok: false;
  code: "empty" | "tooLarge" | "typeNotAllowed" | "applicationTooLarge";
  message: string;
  messageEn: string;
};

export type TUploadCheck =
  | {
      ok: true;
      mime: TAllowedMime;
      ext: TAllowedExt;
      size: number;
      /** The original name made safe to show (see displayFileName); the stored object never uses it. */
      name: string;
    }
  | TUploadRefusal;

const NAME_LIMIT = 100;

/**
 * The original file name, made safe to show and to offer as a download name: only the last path segment (browsers
 * and old clients send "C:\\fakepath\\x.pdf" or "../x.pdf"), without control, bidi-override and zero-width characters
 * (a "‮fdp.exe" trick) or characters Windows refuses in names, whitespace collapsed, leading dots dropped, at most
 * 100 characters with the extension kept. Chinese and other letters stay. Never use it as a storage path.
 */
export function displayFileName(raw: string, fallback = "file"): string {
  const lastSegment = raw.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = lastSegment
    // C0/C1 controls and DEL; bidi embeddings, overrides and isolates; zero-width characters and the BOM.
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "")
    .replace(/[.\s]+$/, "");
  if (!cleaned) return fallback;
  const chars = Array.from(cleaned); // by code point, so a cut never splits a character
  if (chars.length <= NAME_LIMIT) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const ext = dot > 0 ? Array.from(cleaned.slice(dot)) : [];
  if (ext.length > 10) return chars.slice(0, NAME_LIMIT).join("");
  return chars.slice(0, NAME_LIMIT - ext.length - 1).join("") + "…" + ext.join("");
}

/**
 * "12.3 MB", as people read sizes. Rounds up by default, so a file just over the limit never reads as the limit
 * itself; room that is left rounds down, so it never promises more than fits.
 */
export function formatMegabytes(bytes: number, round: "up" | "down" = "up"): string {
  const tenths = (round === "up" ? Math.ceil : Math.floor)((bytes / MB) * 10);
  return `${(tenths / 10).toFixed(1)} MB`;
}

function refuse(code: TUploadRefusal["code"], message: string, messageEn: string): TUploadRefusal {
  return { ok: false, code, message, messageEn };
}

/**
 * Checks one uploaded file. The size checks come first, so an oversized file is not inspected further; the type is
 * whatever its bytes say: a ".pdf" holding an EXE, ZIP, HTML or SVG is refused, a real PDF named ".txt" is a PDF.
 * Pass `file.size` through {@link checkUploadSize} before reading a large upload into memory.
 */
export async function checkUpload(file: { name: string; bytes: Uint8Array }): Promise<TUploadCheck> {
  const size = checkUploadSize({ name: file.name, size: file.bytes.byteLength });
  if (!size.ok) return size;
  const name = displayFileName(file.name);
  const detected = await fileTypeFromBuffer(file.bytes);
  if (!detected || !isAllowedMime(detected.mime)) {
    const seen = detected ? `（文件内容实为 ${detected.ext.toUpperCase()}）` : "";
    const seenEn = detected ? ` (its content is ${detected.ext.toUpperCase()})` : "";
    return refuse(
      "typeNotAllowed",
      `文件“${name}”不是 PDF、JPG 或 PNG 文件${seen}，只能上传这三种格式。格式按文件内容判断，改扩展名无效。`,
      `The file "${name}" is not a PDF, JPG or PNG file${seenEn}. Only these three formats are accepted; they are ` +
        `judged by the file's content, so renaming a file does not help.`,
    );
  }
  const mime = detected.mime;
  return { ok: true, mime, ext: ALLOWED_TYPES[mime], size: file.bytes.byteLength, name };
}

/** The size half of {@link checkUpload}, for a `File` whose bytes have not been read yet. */
export function checkUploadSize(file: { name: string; size: number }): { ok: true } | TUploadRefusal {
  const name = displayFileName(file.name);
  if (file.size <= 0) {
    return refuse(
      "empty",
      `文件“${name}”是空文件（0 字节），请重新选择要上传的文件。`,
      `The file "${name}" is empty (0 bytes). Please choose the file again.`,
    );
  }
  if (file.size > MAX_FILE_BYTES) {
    return refuse(
      "tooLarge",
      `文件“${name}”超过 10 MB（${formatMegabytes(file.size)}），请压缩或分成几个文件后再上传。`,
      `The file "${name}" is larger than 10 MB (${formatMegabytes(file.size)}). Please compress it or split it ` +
        `into several files.`,
    );
  }
  return { ok: true };
}

/**
 * Whether `addedBytes` more still fit the 50 MB of one application that already holds `existingBytes`. The caller
 * sums the application's stored materials inside the same transaction that records the new ones, so two uploads
 * at once cannot both squeeze under the limit.
 */
export function checkApplicationTotal(
  existingBytes: number,
  addedBytes: number,
): { ok: true; total: number } | TUploadRefusal {
  const total = existingBytes + addedBytes;
  if (total <= MAX_APPLICATION_BYTES) return { ok: true, total };
  const left = Math.max(0, MAX_APPLICATION_BYTES - existingBytes);
  const leftText = formatMegabytes(left, "down");
  return refuse(
    "applicationTooLarge",
    `一份申请的材料合计不能超过 50 MB：已上传 ${formatMegabytes(existingBytes)}，本次 ${formatMegabytes(addedBytes)}，` +
      `最多还能上传 ${leftText}。`,
    `The materials of one application may not exceed 50 MB in total: ${formatMegabytes(existingBytes)} already ` +
      `uploaded, ${formatMegabytes(addedBytes)} now, at most ${leftText} more.`,
  );
}
