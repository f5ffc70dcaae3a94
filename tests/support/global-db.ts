// Starts one embedded PostgreSQL for the integration run (or uses TEST_DATABASE_URL), migrated to the latest schema.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { startEmbeddedPostgres, type EmbeddedDb } from "../../scripts/embedded-db";
import { migrate } from "../../scripts/migrate";

let embedded: EmbeddedDb | undefined;
let dir: string | undefined;

export async function setup() {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    dir = mkdtempSync(path.join(os.tmpdir(), "talent-portal-test-"));
    embedded = await startEmbeddedPostgres({ dataDir: dir });
    url = embedded.url;
  }
  await migrate(url);
  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.DATA_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  process.env.DATA_HMAC_KEY ??= randomBytes(32).toString("base64");
}

export async function teardown() {
  await embedded?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
