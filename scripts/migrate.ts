// Applies prisma/migrations/*/migration.sql in order and records each in `_prisma_migrations` exactly as
// `prisma migrate deploy` does (same table, same sha256 checksum), so Prisma's own tooling accepts the result
// wherever its schema engine can be had. See docs/decisions/001-hand-written-migrations.md.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "prisma", "migrations");
// The key `prisma migrate` takes, so our runner and Prisma's never run at the same time.
const PRISMA_ADVISORY_LOCK = 72707369;

export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export function listMigrations(dir = MIGRATIONS_DIR): { name: string; sql: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
}

/** `dir` is only for tests, which need migration folders of their own (a bad migration, an edited one). */
export async function migrate(
  connectionString: string,
  log: (line: string) => void = () => {},
  dir: string = MIGRATIONS_DIR,
): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const done = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const byName = new Map(done.rows.map((r) => [r.migration_name, r]));
    for (const { name, sql } of listMigrations(dir)) {
      const checksum = migrationChecksum(sql);
      const row = byName.get(name);
      if (row?.finished_at) {
        if (row.checksum !== checksum) {
          throw new Error(`Migration ${name} was changed after it was applied. Add a new migration instead.`);
        }
        continue;
      }
      if (row) throw new Error(`Migration ${name} failed earlier and needs attention before others can run.`);
      log(`applying ${name}`);
      await client.query("BEGIN");
      try {
        const started = new Date();
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, $4, 1)`,
          [randomUUID(), checksum, name, started],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${name} failed: ${(error as Error).message}`);
      }
      applied.push(name);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => {});
    await client.end();
  }
  return applied;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. `npm start` migrates the embedded database by itself.");
    process.exit(1);
  }
  migrate(url, console.log)
    .then((names) => console.log(names.length ? `applied ${names.length} migration(s)` : "database is up to date"))
    .catch((error: Error) => {
      console.error(error.message);
      process.exit(1);
    });
}
