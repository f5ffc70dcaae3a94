import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../scripts/embedded-db";

const dir = mkdtempSync(path.join(os.tmpdir(), "talent-portal-pidfile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function answers(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ one: number }>("SELECT 1 AS one");
  await client.end();
  return rows[0]?.one;
}

describe("embedded PostgreSQL", () => {
  it("starts again after a crash left postmaster.pid behind, even when its pid now belongs to another process", async () => {
    const first = await startEmbeddedPostgres({ dataDir: dir });
    expect(await answers(first.url)).toBe(1);
    const pidFile = path.join(dir, "pg", "postmaster.pid");
    const lockContent = readFileSync(pidFile, "utf8");
    await first.stop();

    // What a crash leaves: the lock file, naming a pid that now belongs to another program of the user PostgreSQL
    // runs as. PostgreSQL itself would take that for a running server and refuse to start.
    const asRoot = process.getuid?.() === 0;
    const uid = asRoot ? Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })) : undefined;
    const other = spawn("sleep", ["60"], { uid, stdio: "ignore" });
    try {
      writeFileSync(pidFile, lockContent.replace(/^\d+/, String(other.pid)));
      const second = await startEmbeddedPostgres({ dataDir: dir });
      expect(await answers(second.url)).toBe(1);
      await second.stop();
    } finally {
      other.kill();
    }
  }, 120_000);
});
