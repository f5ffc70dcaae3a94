// `npm run bench:search`: loads 10,000 synthetic policies (~100,000 clauses) into a throw-away embedded PostgreSQL,
// serves the production build against it and measures GET /api/v1/policies/search with autocannon (c=10), warm (the
// in-process result cache on) and cold (SEARCH_CACHE=off), beside a bare JSON control route (/api/ping).
// Progress goes to stderr; the last line on stdout is one JSON object with the figures.
//
// Env: BENCH_POLICIES (default 10000), BENCH_DURATION seconds per run (default 10, at least 10 counts as a result),
// BENCH_REBUILD=1 to build a private copy even when the project's own build (.next) has the benchmarked routes.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, startEmbeddedPostgres, type EmbeddedDb } from "./embedded-db";
import { migrate } from "./migrate";
import { documentFrequencies, generatePolicies, insertPolicies, insertReferenceData } from "./bench-data";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const POLICIES = Number(process.env.BENCH_POLICIES ?? 10_000);
const DURATION = Math.max(1, Number(process.env.BENCH_DURATION ?? 10));
const CONNECTIONS = 10;
const started = Date.now();

const log = (line: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(1)}s] ${line}\n`);

// ---- Queries -----------------------------------------------------------------------------------------------------

const q = (text: string, extra: Record<string, string> = {}) =>
  `/api/v1/policies/search?${new URLSearchParams({ q: text, ...extra }).toString()}`;

/** 50 questions: common words, rare ones, two words, synonyms, filters, paging and one that falls back. */
const QUERIES = [
  // Common (人才 in ~70% of clauses, 补贴 in ~20–25%, the rest 5–20%).
  q("人才"),
  q("补贴"),
  q("创新创业"),
  q("人才公寓"),
  q("高层次人才"),
  q("资助"),
  q("企业"),
  q("子女入学"),
  q("住房"),
  q("符合条件的人才"),
  q("服务"),
  q("人才", { offset: "20" }),
  q("补贴", { limit: "50" }),
  // Middle.
  q("博士后"),
  q("安家补贴"),
  q("医疗保障"),
  q("落户"),
  q("租房补贴"),
  q("购房补贴"),
  q("青年人才"),
  q("留学回国人员"),
  q("出入境"),
  q("用人单位推荐"),
  // Rare (~0.2% of clauses or fewer).
  q("院士"),
  q("集成电路"),
  q("人工智能"),
  q("生物医药"),
  q("人才驿站"),
  q("首席技师"),
  q("绿色通道"),
  q("天使投资"),
  q("量子计算"),
  // Two words.
  q("博士后 生活补贴"),
  q("人才公寓 租金"),
  q("创新创业 资助"),
  q("高层次人才 子女入学"),
  q("青年人才 租房补贴"),
  q("人工智能 企业"),
  q("落户 应届毕业生"),
  // Synonyms (DEMO_SYNONYMS).
  q("租金补贴"),
  q("租赁补贴"),
  q("人才住房"),
  q("海归"),
  q("户籍"),
  // Filters.
  q("人才", { district: "310106" }),
  q("补贴", { category: "HOUSING" }),
  q("创新创业", { district: "310114", category: "ENTREPRENEURSHIP" }),
  q("博士后", { targetGroup: "YOUTH" }),
  q("人才公寓", { district: "310105" }),
  // No clause has every word: the fallback ranks partial matches of common words.
  q("人才公寓 冰淇淋"),
];
if (QUERIES.length !== 50) throw new Error(`expected 50 queries, have ${QUERIES.length}`);
const FALLBACK_QUERY = QUERIES[QUERIES.length - 1]!;

// ---- Processes ---------------------------------------------------------------------------------------------------

function pipeToStderr(child: ChildProcess, prefix: string) {
  for (const stream of [child.stdout, child.stderr]) {
    let rest = "";
    stream?.on("data", (chunk: Buffer) => {
      const lines = (rest + chunk.toString("utf8")).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) process.stderr.write(`${prefix} ${line}\n`);
    });
  }
}

/** Children get their own process group, so stopping one also stops whatever it started. */
async function stopGroup(child: ChildProcess | undefined) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      // Already gone.
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
  signal("SIGKILL"); // stragglers of the group, if any
}

const children = new Set<ChildProcess>();

function startChild(cwd: string, args: string[], env: NodeJS.ProcessEnv, prefix: string): ChildProcess {
  const child = spawn(process.execPath, [path.join(cwd, "node_modules", "next", "dist", "bin", "next"), ...args], {
    cwd,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  pipeToStderr(child, prefix);
  return child;
}

const REQUIRED_ROUTES = ["/api/ping/route", "/api/v1/policies/search/route", "/api/health/route"];
/** Left out of the private copy: big, generated or beside the point. node_modules is hard-linked instead. */
const NOT_COPIED = new Set([".git", ".next", ".data", "node_modules", "test-results", "playwright-report", "coverage"]);

function buildIsUsable(appDir: string): boolean {
  const manifest = path.join(appDir, ".next", "app-path-routes-manifest.json");
  if (!existsSync(path.join(appDir, ".next", "BUILD_ID")) || !existsSync(manifest)) return false;
  const routes = Object.keys(JSON.parse(readFileSync(manifest, "utf8")) as Record<string, string>);
  const missing = REQUIRED_ROUTES.filter((r) => !routes.includes(r));
  if (missing.length) log(`the project's build lacks ${missing.join(", ")}`);
  return missing.length === 0;
}

/**
 * The project's own production build when it has the benchmarked routes; otherwise a build of a private copy of the
 * sources in the temporary folder. `next build` never runs in the shared .next: it empties that folder first, which
 * breaks any `next start` or e2e run another engineer has going (and fails with ENOTEMPTY when one is building).
 */
async function ensureBuild(tmp: string): Promise<string> {
  if (process.env.BENCH_REBUILD !== "1" && buildIsUsable(root)) {
    log("using the project's production build (.next); BENCH_REBUILD=1 builds a private copy instead");
    return root;
  }
  const appDir = path.join(tmp, "app");
  log(`copying the sources to ${appDir}`);
  cpSync(root, appDir, {
    recursive: true,
    filter: (src) => !(path.dirname(src) === root && NOT_COPIED.has(path.basename(src))),
  });
  // Hard links: instant and no extra space (same file system); a symlink if that fails.
  const linked = spawnSync("cp", ["-al", path.join(root, "node_modules"), path.join(appDir, "node_modules")]);
  if (linked.status !== 0) symlinkSync(path.join(root, "node_modules"), path.join(appDir, "node_modules"), "dir");
  log("building the copy (next build)");
  const t = Date.now();
  const child = startChild(appDir, ["build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, "[next build]");
  const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
  log(`built in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  if (!buildIsUsable(appDir)) throw new Error("the build lacks the benchmarked routes");
  return appDir;
}

interface Server {
  base: string;
  child: ChildProcess;
}

async function startServer(
  appDir: string,
  databaseUrl: string,
  extraEnv: Record<string, string>,
  label: string,
): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // The caller's environment passes through (DB_POOL_MAX=20 npm run bench:search tries another pool size).
  const { SEARCH_CACHE: _ignored, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    DATA_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    DATA_HMAC_KEY: randomBytes(32).toString("base64"),
    NEXT_TELEMETRY_DISABLED: "1",
    ...extraEnv,
  };
  log(`starting next start on ${base} (${label})`);
  const child = startChild(appDir, ["start", "-p", String(port), "-H", "127.0.0.1"], env, `[next ${label}]`);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`next start exited (${label})`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) {
        log(`server ready (${label})`);
        return { base, child };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer /api/health within 60 s (${label})`);
}

// ---- Load --------------------------------------------------------------------------------------------------------

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: { total: number; average: number };
  latency: { p50: number; p97_5: number; p99: number; average: number; max: number };
}
interface AutocannonRequest {
  method?: string;
  path?: string;
  setupRequest?: (req: AutocannonRequest) => AutocannonRequest;
}
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  on(event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: AutocannonRequest[];
}) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

interface Figures {
  p50Ms: number;
  p95Ms: number;
  rps: number;
}

/** c=10 for DURATION seconds; every request takes the next path of the list, so all connections mix all questions. */
async function load(base: string, paths: string[], label: string, duration = DURATION): Promise<Figures> {
  let next = 0;
  const latencies: number[] = [];
  log(`autocannon ${label}: c=${CONNECTIONS}, ${duration} s, ${paths.length} path(s)`);
  const instance = autocannon({
    url: base,
    connections: CONNECTIONS,
    duration,
    timeout: 30,
    requests: [
      {
        method: "GET",
        setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }),
      },
    ],
  });
  instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const figures = {
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    rps: round(result.requests.total / result.duration),
  };
  log(
    `${label}: ${result.requests.total} requests in ${round(result.duration, 2)} s = ${figures.rps} req/s; ` +
      `latency p50 ${figures.p50Ms} / p95 ${figures.p95Ms} / p97.5 ${result.latency.p97_5} / ` +
      `p99 ${result.latency.p99} / max ${result.latency.max} ms; non-2xx ${result.non2xx}, errors ${result.errors}, ` +
      `timeouts ${result.timeouts}`,
  );
  if (result.non2xx !== 0 || result.errors !== 0 || result.timeouts !== 0) {
    throw new Error(
      `${label}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts (must be 0)`,
    );
  }
  if (result.requests.total === 0) throw new Error(`${label}: no request completed`);
  return figures;
}

interface SearchAnswer {
  total: number;
  partial: boolean;
  items: unknown[];
}

/** "q=人才公寓 冰淇淋, district=310106" for the log. */
function shown(p: string): string {
  const params = new URL(p, "http://x").searchParams;
  return [...params].map(([k, v]) => (k === "q" ? v : `${k}=${v}`)).join(", ");
}

/** Every question once, in order: checks the answers and reports how long each one takes on its own. */
async function probe(base: string, label: string) {
  const timings: { path: string; ms: number; total: number; partial: boolean }[] = [];
  for (const p of QUERIES) {
    const t = performance.now();
    const res = await fetch(base + p);
    const body = (await res.json()) as SearchAnswer;
    const ms = performance.now() - t;
    if (!res.ok) throw new Error(`${label}: ${p} answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
    timings.push({ path: p, ms, total: body.total, partial: body.partial });
  }
  const fallback = timings.find((t) => t.path === FALLBACK_QUERY)!;
  if (!fallback.partial || fallback.total === 0) throw new Error(`${label}: the fallback query did not fall back`);
  const empty = timings.filter((t) => t.total === 0);
  if (empty.length) log(`${label}: no hits for ${empty.map((t) => shown(t.path)).join(", ")}`);
  const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 8);
  log(`${label}: single-request times, slowest first:`);
  for (const t of slowest) {
    log(`  ${t.ms.toFixed(1).padStart(8)} ms  total=${t.total}${t.partial ? " (partial)" : ""}  ${shown(t.path)}`);
  }
}

// ---- Main --------------------------------------------------------------------------------------------------------

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
  let db: EmbeddedDb | undefined;
  let server: Server | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      for (const child of [...children]) await stopGroup(child);
      if (db) {
        log("stopping PostgreSQL");
        await db.stop().catch((e: Error) => log(`PostgreSQL stop failed: ${e.message}`));
      }
      rmSync(tmp, { recursive: true, force: true });
      log(`removed ${tmp}`);
    })());
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.once(sig, () => {
      log(`${sig}: cleaning up`);
      void cleanup().finally(() => process.exit(130));
    });
  }

  try {
    log(`starting embedded PostgreSQL in ${tmp}`);
    db = await startEmbeddedPostgres({ dataDir: tmp });
    await migrate(db.url, log);
    await insertReferenceData(db.url);

    const seedStart = Date.now();
    const data = generatePolicies(POLICIES);
    log(
      `generated ${data.policies.length} policies, ${data.clauses.length} clauses in ` +
        `${((Date.now() - seedStart) / 1000).toFixed(1)} s`,
    );
    await insertPolicies(db.url, data, (line) => log(`${line} (${((Date.now() - seedStart) / 1000).toFixed(1)} s)`));
    const seedSeconds = round((Date.now() - seedStart) / 1000);
    const clauses = data.clauses.length;
    log(`seeded in ${seedSeconds} s`);
    const words = ["人才", "补贴", "创新", "创业", "公寓", "资助", "博士后", "落户", "租金", "院士", "量子"];
    const df = await documentFrequencies(db.url, words);
    log(`clauses containing: ${df.map((d) => `${d.word} ${d.share}%`).join(", ")}`);

    const appDir = await ensureBuild(tmp);

    // Warm: the app's result cache on (the default).
    server = await startServer(appDir, db.url, {}, "warm");
    await probe(server.base, "warm first pass (fills the cache)");
    const warm = await load(server.base, QUERIES, "search warm");
    await load(server.base, ["/api/ping"], "ping warm-up", 2);
    const control = await load(server.base, ["/api/ping"], "ping control");
    await stopGroup(server.child);

    // Cold: every request reaches PostgreSQL.
    server = await startServer(appDir, db.url, { SEARCH_CACHE: "off" }, "cold");
    await probe(server.base, "cold warm-up");
    await probe(server.base, "cold");
    const cold = await load(server.base, QUERIES, "search cold (SEARCH_CACHE=off)");
    await stopGroup(server.child);

    const result = {
      policies: data.policies.length,
      clauses,
      p50Ms: warm.p50Ms,
      p95Ms: warm.p95Ms,
      rps: warm.rps,
      controlRps: control.rps,
      ratio: round(warm.rps / control.rps, 3),
      coldP50Ms: cold.p50Ms,
      coldP95Ms: cold.p95Ms,
      coldRps: cold.rps,
      coldRatio: round(cold.rps / control.rps, 3),
      seedSeconds,
    };
    await cleanup();
    log(`total run time ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    log(`FAILED: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
