// The contract every storage adapter keeps (local folder now, object storage later).
import type { Readable } from "node:stream";

export type TStoredObject = {
  /** Bytes, as stored. */
  size: number;
  /** The content, read once; give it to downloadResponse(). */
  stream: Readable;
};

export interface TStorageAdapter {
  /** Stores the bytes under a new key made by the adapter and returns the key. The object is complete or absent. */
  put(bytes: Uint8Array, options: { contentType: string }): Promise<string>;
  /** The whole object in memory, or null when there is no object under this key. */
  get(key: string): Promise<Buffer | null>;
  /** A stream of the object with its size, for downloads; null when there is no object under this key. */
  open(key: string): Promise<TStoredObject | null>;
  /** Removes the object; removing one that is already gone is not an error, so a clean-up can be retried. */
  delete(key: string): Promise<void>;
}

/** 128 random bits as 32 lowercase hex characters: the only shape a key may have. */
const KEY = /^[0-9a-f]{32}$/;

export function isStorageKey(key: string): boolean {
  return KEY.test(key);
}

/** A key that the adapter did not make (e.g. "../../etc/passwd"): a defect or an attack, never a missing file. */
export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`Invalid storage key ${JSON.stringify(key.slice(0, 80))}`);
    this.name = "InvalidStorageKeyError";
  }
}

export function assertStorageKey(key: string): void {
  if (typeof key !== "string" || !isStorageKey(key)) throw new InvalidStorageKeyError(String(key));
}
