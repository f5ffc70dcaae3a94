// The response that hands a stored material to a browser. It only ever downloads (never renders in the page's
// origin) and tells the browser not to guess the type, so a file that slipped through as "PDF" cannot run as HTML.
import "server-only";
import { Readable } from "node:stream";
import { ALLOWED_TYPES, displayFileName, isAllowedMime } from "./check-upload";

/** Extensions a download name may already end with for each type; otherwise the type's own is appended. */
const EXTENSIONS: Record<string, string[]> = {
  "application/pdf": [".pdf"],
  "image/jpeg": [".jpg", ".jpeg"],
  "image/png": [".png"],
};

/**
 * The name offered to save as: the original name made safe, ending in the extension of the type the bytes really
 * are (a PDF uploaded as "扫描件.txt" downloads as "扫描件.txt.pdf", so it opens).
 */
export function downloadFileName(originalName: string, mime: string): string {
  const name = displayFileName(originalName);
  if (!isAllowedMime(mime)) return name;
  const lower = name.toLowerCase();
  return EXTENSIONS[mime]!.some((ext) => lower.endsWith(ext)) ? name : `${name}.${ALLOWED_TYPES[mime]}`;
}

/** RFC 5987 / RFC 8187 ext-value: UTF-8, percent-encoded, nothing outside attr-char left as is. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** For clients that ignore filename*: printable ASCII only, never a quote or backslash. */
function asciiFallback(name: string): string {
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  const clean = (s: string) => s.replace(/[^A-Za-z0-9._\- ()[\]]+/g, "_");
  const asciiStem = clean(stem);
  return `${/[A-Za-z0-9]/.test(asciiStem) ? asciiStem : "download"}${clean(ext)}`;
}

/** The Content-Disposition value: always attachment, with an ASCII fallback and the exact UTF-8 name. */
export function contentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeExtValue(fileName)}`;
}

export type TDownload = {
  /** From storage().open(key), or the bytes themselves. */
  body: Readable | ReadableStream<Uint8Array> | Uint8Array;
  size: number;
  /** The mime recorded when the upload passed checkUpload(); anything else is sent as application/octet-stream. */
  mime: string;
  /** The original name as recorded (it is made safe here again). */
  fileName: string;
};

/**
 * Builds a route handler's response for one stored material.
 *
 * It does not decide who may download: the caller has already checked the actor against the material (the
 * applicant, their employer's HR for that application, reviewers of its district) in lib/server, and written the
 * audit event when the actor is not the material's owner. Call this only after both.
 */
export function downloadResponse({ body, size, mime, fileName }: TDownload): Response {
  const contentType = isAllowedMime(mime) ? mime : "application/octet-stream";
  const stream = body instanceof Readable ? (Readable.toWeb(body) as ReadableStream<Uint8Array>) : body;
  return new Response(stream as BodyInit, {
    status: 200,
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(size),
      "Content-Disposition": contentDisposition(downloadFileName(fileName, mime)),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      // Should a browser open it anyway, nothing in it may run or load anything.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
