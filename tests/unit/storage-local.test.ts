// The local storage adapter against a real temporary folder (never inside the repository).
import { mkdtemp, mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { storageEnv } from "../../lib/env";
import { createLocalStorage, InvalidStorageKeyError, isStorageKey, storage } from "../../lib/storage";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "talent-portal-storage-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every file under a folder, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

const bytes = Buffer.from("%PDF-1.4\n护照首页\n%%EOF\n");

describe("local storage", () => {
  it("puts, gets, opens and deletes an object", async () => {
    const store = createLocalStorage(root);
    const key = await store.put(bytes, { contentType: "application/pdf" });
    expect(isStorageKey(key)).toBe(true);

    expect(await store.get(key)).toEqual(bytes);
    const opened = await store.open(key);
    expect(opened?.size).toBe(bytes.length);
    expect(await text(opened!.stream)).toBe(bytes.toString());

    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    expect(await store.open(key)).toBeNull();
    await expect(store.delete(key)).resolves.toBeUndefined(); // deleting twice is fine
  });

  it("names objects itself: 32 hex characters in a two-character shard folder, new for every put", async () => {
    const store = createLocalStorage(root);
    const keys = await Promise.all(Array.from({ length: 20 }, () => store.put(bytes, { contentType: "image/png" })));
    expect(new Set(keys).size).toBe(20);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(await filesUnder(root)).toEqual(keys.map((k) => path.join(k.slice(0, 2), k)).sort());
  });

  it("creates files readable by this user only (0600) in folders 0700", async () => {
    const store = createLocalStorage(path.join(root, "uploads"));
    const key = await store.put(bytes, { contentType: "application/pdf" });
    const file = path.join(root, "uploads", key.slice(0, 2), key);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(root, "uploads"))).mode & 0o777).toBe(0o700);
  });

  it.each([
    "../../etc/passwd",
    "/etc/passwd",
    "..",
    "",
    "ab/../../../etc/passwd",
    "0123456789abcdef0123456789abcdef/../x",
    "0123456789ABCDEF0123456789ABCDEF",
    "0123456789abcdef0123456789abcde",
    "0123456789abcdef0123456789abcdef\0",
  ])("refuses the key %j on every operation", async (key) => {
    const store = createLocalStorage(root);
    await expect(store.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(store.open(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(store.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
  });

  it("does not read a file outside its root even when it exists", async () => {
    await writeFile(path.join(root, "secret"), "top secret");
    const store = createLocalStorage(path.join(root, "uploads"));
    await expect(store.get("../secret")).rejects.toThrow(InvalidStorageKeyError);
  });

  it("leaves no temporary file behind after writing", async () => {
    const store = createLocalStorage(root);
    const key = await store.put(bytes, { contentType: "application/pdf" });
    expect(await readdir(path.join(root, "tmp"))).toEqual([]);
    expect(await filesUnder(root)).toEqual([path.join(key.slice(0, 2), key)]);
  });

  it("leaves neither a temporary file nor a partial object when the final step fails", async () => {
    const key = "ab".padEnd(32, "0");
    // A folder where the object should go makes the rename fail after the bytes were written.
    await mkdir(path.join(root, "ab", key, "in-the-way"), { recursive: true });
    const store = createLocalStorage(root, { makeKey: () => key });
    await expect(store.put(bytes, { contentType: "application/pdf" })).rejects.toThrow();
    expect(await readdir(path.join(root, "tmp"))).toEqual([]);
    expect(await filesUnder(root)).toEqual([]);
  });

  it("never lets a key maker escape the root", async () => {
    const store = createLocalStorage(root, { makeKey: () => "../../../../tmp/evil" });
    await expect(store.put(bytes, { contentType: "application/pdf" })).rejects.toThrow(InvalidStorageKeyError);
  });
});

describe("storageEnv and storage()", () => {
  const saved = { DATA_DIR: process.env.DATA_DIR, UPLOAD_DIR: process.env.UPLOAD_DIR };
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it("defaults to DATA_DIR/uploads, DATA_DIR defaulting to .data as in scripts/start.ts", () => {
    delete process.env.DATA_DIR;
    delete process.env.UPLOAD_DIR;
    expect(storageEnv().uploadDir).toBe(path.resolve(".data", "uploads"));
    process.env.DATA_DIR = root;
    expect(storageEnv().uploadDir).toBe(path.join(root, "uploads"));
  });

  it("takes UPLOAD_DIR when set, as an absolute path", () => {
    process.env.DATA_DIR = root;
    process.env.UPLOAD_DIR = path.join(root, "files");
    expect(storageEnv().uploadDir).toBe(path.join(root, "files"));
  });

  it("refuses an upload folder inside public/", () => {
    for (const dir of ["public", "public/uploads", path.resolve("public", "x")]) {
      process.env.UPLOAD_DIR = dir;
      expect(() => storageEnv()).toThrow(/UPLOAD_DIR: must not be inside public/);
    }
    process.env.UPLOAD_DIR = path.join(root, "public");
    expect(() => storageEnv()).not.toThrow();
  });

  it("storage() writes where the environment says", async () => {
    process.env.UPLOAD_DIR = path.join(root, "from-env");
    const key = await storage().put(bytes, { contentType: "application/pdf" });
    expect(await filesUnder(path.join(root, "from-env"))).toEqual([path.join(key.slice(0, 2), key)]);
  });
});
