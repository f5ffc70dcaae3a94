// Field-level protection of sensitive personal data (身份证号, mobile, salary): AES-256-GCM at rest, and an HMAC
// "blind index" so a value can be looked up and kept unique without storing it in clear.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { env } from "./env";

const VERSION = "v1";

function key(name: "DATA_ENCRYPTION_KEY" | "DATA_HMAC_KEY"): Buffer {
  return Buffer.from(env()[name], "base64");
}

export function encrypt(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key("DATA_ENCRYPTION_KEY"), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

export function decrypt(stored: string): string {
  const [version, payload] = stored.split(":");
  if (version !== VERSION || !payload) throw new Error("Unknown ciphertext format");
  const raw = Buffer.from(payload, "base64");
  const decipher = createDecipheriv("aes-256-gcm", key("DATA_ENCRYPTION_KEY"), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

/** Deterministic keyed hash; `purpose` keeps indexes of different fields from matching each other. */
export function blindIndex(purpose: "id-number" | "mobile", value: string): string {
  return createHmac("sha256", key("DATA_HMAC_KEY")).update(`${purpose}:${value}`).digest("hex");
}
