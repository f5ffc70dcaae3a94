// `npm start` / `npm run dev`: without DATABASE_URL, starts the embedded PostgreSQL in DATA_DIR (default .data),
// migrates it, loads demo data into an empty database, builds the app if there is no build, and serves it.
// Ctrl-C / SIGTERM stop the app and then PostgreSQL cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres, type EmbeddedDb } from "./embedded-db";
import { migrate } from "./migrate";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const mode = process.argv[2] === "dev" ? "dev" : "start";
const dataDir = path.resolve(root, process.env.DATA_DIR ?? ".data");
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const log = (line: string) => console.log(`[talent-portal] ${line}`);

const SECRET_NAMES = ["NEXTAUTH_SECRET", "DATA_ENCRYPTION_KEY", "DATA_HMAC_KEY"] as const;

/** Secrets for a local run, made once and kept beside the data they protect. A real deployment sets them itself. */
function ensureLocalSecrets() {
  const file = path.join(dataDir, "secrets.json");
  const stored: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  let changed = false;
  for (const name of SECRET_NAMES) {
    if (process.env[name]) continue;
    if (!stored[name]) {
      stored[name] = randomBytes(32).toString("base64");
      changed = true;
    }
    process.env[name] = stored[name];
  }
  if (changed) writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
}

function run(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd: root, stdio: "inherit", env: process.env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  let embedded: EmbeddedDb | undefined;
  let app: ChildProcess | undefined;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((r) => app!.once("exit", r));
    }
    if (embedded) {
      log("stopping PostgreSQL");
      await embedded.stop().catch(() => {});
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    if (!process.env.DATABASE_URL) {
      ensureLocalSecrets();
      log(`starting embedded PostgreSQL in ${path.relative(root, dataDir) || "."}`);
      embedded = await startEmbeddedPostgres({
        dataDir,
        port: process.env.PG_PORT ? Number(process.env.PG_PORT) : undefined,
      });
      process.env.DATABASE_URL = embedded.url;
    } else {
      const missing = SECRET_NAMES.filter((n) => !process.env[n]);
      if (missing.length) throw new Error(`With DATABASE_URL set, also set ${missing.join(", ")} (see README).`);
    }
    const applied = await migrate(process.env.DATABASE_URL!, (l) => log(l));
    log(applied.length ? `applied ${applied.length} migration(s)` : "database schema is up to date");

    const { isEmpty, seedDemo } = await import("../prisma/seed");
    const { db } = await import("../lib/db");
    if (await isEmpty()) {
      log("loading demo data");
      await seedDemo();
    }
    await db.$disconnect();

    process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
    process.env.NEXT_TELEMETRY_DISABLED ??= "1";
    if (mode === "start" && !existsSync(path.join(root, ".next", "BUILD_ID"))) {
      log("no build found: building the app first (about a minute)");
      const code = await run(["build"]);
      if (code !== 0) throw new Error("next build failed");
    }
    log(`serving on http://localhost:${port}`);
    app = spawn(process.execPath, [nextBin, mode, "-p", String(port)], {
      cwd: root,
      stdio: "inherit",
      env: process.env,
    });
    app.on("exit", (code) => void stop(code ?? 0));
  } catch (error) {
    console.error(`[talent-portal] ${(error as Error).message}`);
    await stop(1);
  }
}

void main();
