// Where uploaded materials live. Everything goes through a TStorageAdapter so that a cluster can keep files in
// S3-compatible object storage instead of a local folder; only the local adapter exists so far. An S3 adapter would
// implement the same four methods (PutObject with ContentType, GetObject's Body stream and ContentLength,
// DeleteObject) and be chosen in storage() by a new variable in storageEnv().
//
// Keys are made by the adapter, never from the user's file name; the database keeps the key beside the original
// (display) name, the mime type from checkUpload and the size, and downloads take the type and name from there.
import "server-only";
import { storageEnv } from "@/lib/env";
import { createLocalStorage } from "./local";
import type { TStorageAdapter } from "./types";

export type { TStorageAdapter, TStoredObject } from "./types";
export { InvalidStorageKeyError, isStorageKey } from "./types";
export { createLocalStorage } from "./local";

let cached: { dir: string; adapter: TStorageAdapter } | undefined;

/** The storage of this server, per the environment (UPLOAD_DIR, else DATA_DIR/uploads). */
export function storage(): TStorageAdapter {
  const { uploadDir } = storageEnv();
  if (cached?.dir !== uploadDir) cached = { dir: uploadDir, adapter: createLocalStorage(uploadDir) };
  return cached.adapter;
}
