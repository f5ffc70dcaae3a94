// The local-folder adapter: one file per object at <root>/<first two key characters>/<key>, readable by this
// process's user only (files 0600, folders 0700). A file is written under <root>/tmp/ and renamed into place, so a
// reader never sees half a file and a crash leaves at most a stray file in tmp/ (never a wrong object); rename is
// atomic because tmp/ is on the same file system as the objects.
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm, unlink } from "node:fs/promises";
import path from "node:path";
import { assertStorageKey, type TStorageAdapter, type TStoredObject } from "./types";

const newKey = () => randomBytes(16).toString("hex");

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === "ENOENT";
}

/**
 * @param root an absolute folder outside public/ (see storageEnv()); made on first write.
 * @param options.makeKey for tests only: how new keys are made.
 */
export function createLocalStorage(root: string, options: { makeKey?: () => string } = {}): TStorageAdapter {
  const base = path.resolve(root);
  const tmpDir = path.join(base, "tmp");
  const makeKey = options.makeKey ?? newKey;

  function fileOf(key: string): string {
    assertStorageKey(key);
    const file = path.join(base, key.slice(0, 2), key);
    // The key's shape already rules out "..", "/" and "\\"; this holds even if that shape is ever loosened.
    if (path.dirname(path.dirname(file)) !== base) throw new Error("storage path escaped its root");
    return file;
  }

  return {
    async put(bytes) {
      const key = makeKey();
      const file = fileOf(key);
      await mkdir(tmpDir, { recursive: true, mode: 0o700 });
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const tmp = path.join(tmpDir, `${key}.${randomBytes(4).toString("hex")}`);
      try {
        const handle = await open(tmp, "wx", 0o600);
        try {
          await handle.chmod(0o600); // the mode given to open() is narrowed by the umask, never widened; be exact
          await handle.writeFile(bytes);
          await handle.sync(); // the bytes are on disk before the name says the object exists
        } finally {
          await handle.close();
        }
        await rename(tmp, file);
      } catch (error) {
        await rm(tmp, { force: true }).catch(() => {});
        throw error;
      }
      await syncDirectory(path.dirname(file));
      return key;
    },

    async get(key) {
      try {
        return await readFile(fileOf(key));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async open(key): Promise<TStoredObject | null> {
      let handle;
      try {
        handle = await open(fileOf(key), "r");
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
      try {
        // Size and content from the same open file, so they agree even if the object is deleted meanwhile.
        const { size } = await handle.stat();
        return { size, stream: handle.createReadStream({ autoClose: true }) };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },

    async delete(key) {
      try {
        await unlink(fileOf(key));
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },
  };
}

/** Makes a rename durable across a power cut. Not every platform can fsync a folder; there it is skipped. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r").catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // e.g. EISDIR/EPERM on Windows: the write itself is still complete.
  } finally {
    await handle.close();
  }
}
