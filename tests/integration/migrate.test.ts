// scripts/migrate.ts against throwaway databases on the test server, so the shared, migrated database the other
// integration files use is never touched.
import { createHash, randomBytes } from "node:crypto";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { listMigrations, migrate } from "../../scripts/migrate";

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
const ALL = listMigrations().map((m) => m.name);

const created: string[] = [];
const tempDirs: string[] = [];

/** A connection to the server's maintenance database, for CREATE/DROP DATABASE. */
async function withServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** An empty database of its own on the same server; dropped in afterAll. */
async function freshDatabase(): Promise<string> {
  const name = `migrate_test_${randomBytes(6).toString("hex")}`;
  await withServer((c) => c.query(`CREATE DATABASE "${name}"`));
  created.push(name);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function query<R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "talent-portal-migrations-"));
  tempDirs.push(dir);
  return dir;
}

function writeMigration(dir: string, name: string, sql: string) {
  mkdirSync(path.join(dir, name), { recursive: true });
  writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

const history = (url: string) =>
  query<MigrationRow>(
    url,
    `SELECT migration_name, checksum, finished_at, rolled_back_at, started_at, applied_steps_count
       FROM "_prisma_migrations" ORDER BY migration_name`,
  );

afterAll(async () => {
  // FORCE: a failed test may have left a connection open, which would otherwise block the drop.
  await withServer(async (c) => {
    for (const name of created) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe("migrate", () => {
  it("applies every migration once and records it as Prisma does; a second run changes nothing", async () => {
    expect(ALL.length).toBeGreaterThan(0);
    const url = await freshDatabase();

    expect(await migrate(url)).toEqual(ALL);
    const rows = await history(url);
    expect(rows.map((r) => r.migration_name)).toEqual(ALL);
    for (const row of rows) {
      // Prisma's checksum is the sha256 of the file's bytes; computed here independently of migrate.ts.
      const file = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row).toMatchObject({
        checksum: createHash("sha256").update(file).digest("hex"),
        applied_steps_count: 1,
        rolled_back_at: null,
      });
      expect(row.finished_at).toBeInstanceOf(Date);
    }

    expect(await migrate(url)).toEqual([]);
    expect(await history(url)).toEqual(rows);
  });

  it("refuses to run when an applied migration's file has changed since", async () => {
    const url = await freshDatabase();
    const dir = tempDir();
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    await migrate(url, () => {}, dir);

    const first = ALL[0]!;
    appendFileSync(path.join(dir, first, "migration.sql"), "\n-- edited afterwards\n");
    await expect(migrate(url, () => {}, dir)).rejects.toThrow(
      `Migration ${first} was changed after it was applied. Add a new migration instead.`,
    );
  });

  it("rolls a failing migration back whole, records nothing for it, and applies it once fixed", async () => {
    const url = await freshDatabase();
    const dir = tempDir();
    writeMigration(dir, "20990101000000_good", `CREATE TABLE "Good" ("id" INTEGER PRIMARY KEY);`);
    const bad = `CREATE TYPE "Half" AS ENUM ('A');
CREATE TABLE "Partial" ("id" INTEGER PRIMARY KEY, "half" "Half");
INSERT INTO "Good" VALUES (1);
SELECT * FROM "DoesNotExist";`;
    writeMigration(dir, "20990102000000_bad", bad);

    await expect(migrate(url, () => {}, dir)).rejects.toThrow(
      /^Migration 20990102000000_bad failed: .*"DoesNotExist" does not exist/,
    );
    // The good migration before it stays applied; nothing of the bad one is left behind.
    const tables = await query<{ tablename: string }>(
      url,
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    expect(tables.map((t) => t.tablename)).toEqual(["Good", "_prisma_migrations"]);
    expect(await query(url, `SELECT 1 FROM pg_type WHERE typname = 'Half'`)).toEqual([]);
    expect(await query(url, `SELECT * FROM "Good"`)).toEqual([]);
    expect((await history(url)).map((r) => [r.migration_name, r.finished_at instanceof Date])).toEqual([
      ["20990101000000_good", true],
    ]);

    // Nothing blocks a corrected version of the same migration.
    writeMigration(dir, "20990102000000_bad", bad.replace(`SELECT * FROM "DoesNotExist";`, ""));
    expect(await migrate(url, () => {}, dir)).toEqual(["20990102000000_bad"]);
    expect(await query(url, `SELECT * FROM "Good"`)).toEqual([{ id: 1 }]);
  });

  it("lets concurrent runs on an empty database both succeed, applying each migration exactly once", async () => {
    const url = await freshDatabase();
    const results = await Promise.all([migrate(url), migrate(url)]);

    // The advisory lock serialises them: one applies everything, the other then finds nothing left to do.
    expect(results.flat().sort()).toEqual(ALL);
    const counts = await query<{ migration_name: string; n: number }>(
      url,
      `SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY migration_name ORDER BY 1`,
    );
    expect(counts).toEqual(ALL.map((name) => ({ migration_name: name, n: 1 })));
  });
});
