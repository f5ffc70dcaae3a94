// `npm run bench:matching`: 政策找人 end to end against a throw-away embedded PostgreSQL. Seeds 200,000 synthetic
// talents (users, profiles, verified and unverified employers across the four districts, encrypted salaries for a
// share) and 100 published policies whose rules nest 2–4 deep, then times a full runMatching() (read every profile,
// evaluate every rule, write matches, inbox messages and apply-free offers), a re-run that writes nothing new, and
// checkEligibility() (POST /api/v1/eligibility/check) against 500 published rules.
// Progress goes to stderr; the last line on stdout is one JSON object with the figures.
//
// Env: BENCH_TALENTS (default 200000), BENCH_RULES (default 100), BENCH_CHECK_RULES (default 500),
// BENCH_CHECKS (default 400), BENCH_CHUNK (runMatching's chunk size; default: the code's own).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { DISTRICTS } from "@/lib/domain/districts";
import { EDUCATION_LEVELS, HUKOU_TYPES, PROFESSIONAL_TITLES } from "@/lib/domain/profile";
import { validateRule, type TFacts, type TRule } from "@/lib/domain/eligibility";
import { startEmbeddedPostgres, type EmbeddedDb } from "./embedded-db";
import { migrate } from "./migrate";
import { rng } from "./bench-data";

const TALENTS = Number(process.env.BENCH_TALENTS ?? 200_000);
const RULES = Number(process.env.BENCH_RULES ?? 100);
const CHECK_RULES = Math.max(RULES, Number(process.env.BENCH_CHECK_RULES ?? 500));
const CHECKS = Number(process.env.BENCH_CHECKS ?? 400);
const CHUNK = process.env.BENCH_CHUNK ? Number(process.env.BENCH_CHUNK) : undefined;
// A fixed "today" so ages, durations and key-enterprise terms (and so the figures) repeat from run to run.
const AS_OF = new Date("2026-06-01T04:00:00Z");
const started = Date.now();

const log = (line: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(1)}s] ${line}\n`);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const rssMb = () => round(process.memoryUsage.rss() / 1024 / 1024);
/** Peak resident set of this Node process (not of PostgreSQL, which runs as separate processes). */
const peakRssMb = () => round(process.resourceUsage().maxRSS / 1024);

type R = ReturnType<typeof rng>;

/** Picks by weight: `weighted(r, [["A", 3], ["B", 1]])` gives A three times as often as B. */
function weighted<T>(r: R, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = r.next() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  return items[items.length - 1]![0];
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const isoDay = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

// ---- Employers ---------------------------------------------------------------------------------------------------

const INDUSTRIES = ["信息技术", "金融服务", "生物医药", "集成电路", "人工智能", "先进制造", "现代服务业", "文化创意"];

interface TEmployer {
  id: string;
  uscc: string;
  name: string;
  districtCode: string;
  industry: string | null;
  status: "VERIFIED" | "PENDING" | "REJECTED";
  keyKind: string | null;
  keyUntil: string | null;
}

function generateEmployers(r: R, count: number): TEmployer[] {
  const out: TEmployer[] = [];
  for (let i = 0; i < count; i++) {
    // Skewed: the first district has the most employers, as a CBD district would.
    const d = weighted<(typeof DISTRICTS)[number]>(r, [
      [DISTRICTS[0], 4],
      [DISTRICTS[1], 3],
      [DISTRICTS[2], 2],
      [DISTRICTS[3], 2],
    ] as const);
    const key = r.chance(0.08);
    out.push({
      id: `be${pad(i, 6)}`,
      uscc: `91${d.code}${pad(i, 10)}`,
      name: `${d.name}样例企业${i}`,
      districtCode: d.code,
      industry: r.chance(0.9) ? r.pick(INDUSTRIES) : null,
      status: weighted(r, [
        ["VERIFIED", 88],
        ["PENDING", 9],
        ["REJECTED", 3],
      ] as const),
      keyKind: key ? "重点企业" : null,
      // Most recognitions still run; some lapsed, so the date comparison matters.
      keyUntil: key ? (r.chance(0.8) ? isoDay(r.int(2026, 2029), 12, 31) : isoDay(r.int(2022, 2025), 12, 31)) : null,
    });
  }
  return out;
}

// ---- Talents -----------------------------------------------------------------------------------------------------

interface TProfileColumns {
  userId: string[];
  birthDate: (string | null)[];
  sex: (string | null)[];
  education: (string | null)[];
  graduationYear: (number | null)[];
  professionalTitle: (string | null)[];
  hukou: (string | null)[];
  nationality: (string | null)[];
  isReturnee: (boolean | null)[];
  returnDate: (string | null)[];
  ownsHomeInShanghai: (boolean | null)[];
  employerId: (string | null)[];
  socialInsuranceMonths: (number | null)[];
  annualSalaryCipher: (string | null)[];
  contractEndDate: (string | null)[];
}

function emptyColumns(): TProfileColumns {
  return {
    userId: [],
    birthDate: [],
    sex: [],
    education: [],
    graduationYear: [],
    professionalTitle: [],
    hukou: [],
    nationality: [],
    isReturnee: [],
    returnDate: [],
    ownsHomeInShanghai: [],
    employerId: [],
    socialInsuranceMonths: [],
    annualSalaryCipher: [],
    contractEndDate: [],
  };
}

/** Null with probability p: questions some talents leave unanswered, so rules that ask say NEEDS_INFO. */
const maybe = <T>(r: R, p: number, value: () => T): T | null => (r.chance(p) ? null : value());

function pushTalent(r: R, i: number, cols: TProfileColumns, employers: TEmployer[], salaries: string[]) {
  const year = weighted(r, [
    [r.int(1960, 1974), 10],
    [r.int(1975, 1984), 25],
    [r.int(1985, 1994), 40],
    [r.int(1995, 2004), 25],
  ] as const);
  const education = weighted(r, [
    ["HIGH_SCHOOL", 8],
    ["ASSOCIATE", 14],
    ["BACHELOR", 40],
    ["MASTER", 27],
    ["DOCTORATE", 11],
  ] as const);
  const rank = EDUCATION_LEVELS.indexOf(education);
  const graduation = Math.min(2026, year + 18 + [0, 3, 4, 7, 10][rank]! + r.int(0, 2));
  const age = 2026 - year;
  const hukou = weighted(r, [
    ["LOCAL", 45],
    ["NON_LOCAL", 45],
    ["HK_MO_TW", 4],
    ["FOREIGN", 6],
  ] as const);
  const returnee = rank >= 2 && r.chance(rank >= 3 ? 0.3 : 0.08);
  const returnYear = Math.min(2026, graduation + r.int(0, 8));
  const employed = r.chance(0.9);
  // Titles come with age and degree.
  const titleRank = Math.max(0, Math.min(4, Math.floor((age - 22) / 8) + (rank >= 3 ? 1 : 0) - r.int(0, 2)));
  cols.userId.push(`bu${pad(i, 7)}`);
  cols.birthDate.push(maybe(r, 0.05, () => isoDay(year, r.int(1, 12), r.int(1, 28))));
  cols.sex.push(maybe(r, 0.05, () => (r.chance(0.52) ? "M" : "F")));
  cols.education.push(maybe(r, 0.1, () => education));
  cols.graduationYear.push(maybe(r, 0.15, () => graduation));
  cols.professionalTitle.push(maybe(r, 0.2, () => PROFESSIONAL_TITLES[titleRank]!));
  cols.hukou.push(maybe(r, 0.1, () => hukou));
  cols.nationality.push(
    maybe(r, 0.15, () => (hukou === "FOREIGN" ? r.pick(["美国", "德国", "日本", "新加坡"]) : "中国")),
  );
  cols.isReturnee.push(maybe(r, 0.15, () => returnee));
  cols.returnDate.push(returnee && r.chance(0.85) ? isoDay(returnYear, r.int(1, 12), r.int(1, 28)) : null);
  cols.ownsHomeInShanghai.push(maybe(r, 0.2, () => r.chance(hukou === "LOCAL" ? 0.6 : 0.2)));
  cols.employerId.push(employed ? r.pick(employers).id : null);
  cols.socialInsuranceMonths.push(maybe(r, 0.15, () => Math.min(12 * (2026 - graduation), r.int(0, 240))));
  cols.annualSalaryCipher.push(employed && r.chance(0.6) ? r.pick(salaries) : null);
  cols.contractEndDate.push(employed && r.chance(0.75) ? isoDay(r.int(2025, 2031), r.int(1, 12), r.int(1, 28)) : null);
}

// ---- Rules -------------------------------------------------------------------------------------------------------

/** Conditions with the thresholds district policies use. */
const LEAVES: ((r: R) => TRule)[] = [
  (r) => ({ fact: "age", op: "lte", value: r.pick([35, 40, 45, 50]) }),
  (r) => ({ fact: "age", op: "between", value: [r.pick([18, 22, 25]), r.pick([35, 40, 45])] }),
  (r) => ({ fact: "education", op: "gte", value: r.pick(["BACHELOR", "MASTER", "MASTER", "DOCTORATE"]) }),
  () => ({ fact: "education", op: "eq", value: "DOCTORATE" }),
  (r) => ({ fact: "professionalTitle", op: "gte", value: r.pick(["INTERMEDIATE", "ASSOCIATE_SENIOR", "SENIOR"]) }),
  () => ({ fact: "hukou", op: "eq", value: "LOCAL" }),
  () => ({ fact: "hukou", op: "in", value: ["NON_LOCAL", "HK_MO_TW", "FOREIGN"] }),
  () => ({ fact: "hukou", op: "notIn", value: ["LOCAL"] }),
  () => ({ fact: "isReturnee", op: "eq", value: true }),
  (r) => ({ fact: "monthsSinceReturn", op: "lte", value: r.pick([24, 36, 60]) }),
  (r) => ({ fact: "yearsSinceGraduation", op: "lte", value: r.pick([2, 3, 5]) }),
  (r) => ({ fact: "socialInsuranceMonths", op: "gte", value: r.pick([6, 12, 24, 36]) }),
  (r) => ({ fact: "annualSalary", op: "gte", value: r.pick([200_000, 300_000, 500_000, 1_000_000]) }),
  () => ({ fact: "ownsHomeInShanghai", op: "eq", value: false }),
  (r) => ({ fact: "contractMonthsRemaining", op: "gte", value: r.pick([12, 24, 36]) }),
  () => ({ fact: "employerIsKeyEnterprise", op: "eq", value: true }),
  (r) => ({ fact: "employerIndustry", op: "in", value: [r.pick(INDUSTRIES), r.pick(INDUSTRIES)] }),
  () => ({ fact: "birthDate", op: "gte", value: "1986-01-01" }),
  () => ({ fact: "sex", op: "eq", value: "F" }),
  () => ({ fact: "nationality", op: "ne", value: "中国" }),
  () => ({ fact: "contractMonthsRemaining", op: "exists" }),
];

function node(r: R, depth: number): TRule {
  if (depth <= 1) return r.pick(LEAVES)(r);
  const n = r.int(2, 3);
  const children: TRule[] = [node(r, depth - 1)];
  for (let i = 1; i < n; i++) children.push(node(r, r.int(1, depth - 1)));
  const roll = r.next();
  if (roll < 0.12) return { not: { any: children } };
  return roll < 0.55 ? { all: children } : { any: children };
}

/** A district policy: employed in the district, plus 1–3 further requirements nesting to `depth` levels in all. */
function generateRule(r: R, index: number): TRule {
  const depth = r.int(2, 4);
  const district = DISTRICTS[index % DISTRICTS.length]!.code;
  const parts: TRule[] = [{ fact: "employerDistrict", op: "eq", value: district }, node(r, depth - 1)];
  for (let extra = r.int(0, 2); extra > 0; extra--) parts.push(node(r, r.int(1, depth - 1)));
  const rule: TRule = { all: parts };
  const checked = validateRule(rule);
  if (!checked.ok) throw new Error(`generated an invalid rule: ${JSON.stringify(checked.errors)}`);
  return rule;
}

function ruleDepth(rule: TRule): number {
  if ("all" in rule) return 1 + Math.max(...rule.all.map(ruleDepth));
  if ("any" in rule) return 1 + Math.max(...rule.any.map(ruleDepth));
  if ("not" in rule) return ruleDepth(rule.not); // "not" wraps without adding a level of choice
  return 1;
}

// ---- Seeding -----------------------------------------------------------------------------------------------------

async function seed(url: string) {
  const r = rng(20260601);
  const { encrypt } = await import("@/lib/crypto");
  const client = new pg.Client({ connectionString: url });
  client.on("error", (e) => log(`seed connection: ${e.message}`));
  await client.connect();
  try {
    for (const d of DISTRICTS) {
      await client.query(`INSERT INTO "District" (code, name, "nameEn") VALUES ($1, $2, $3)`, [
        d.code,
        d.name,
        d.nameEn,
      ]);
    }

    const employers = generateEmployers(r, 2_000);
    await client.query(
      `INSERT INTO "Enterprise" (id, uscc, name, "districtCode", industry, status, "keyEnterpriseKind",
                                 "keyEnterpriseUntil", "verifiedAt", "updatedAt")
       SELECT id, uscc, name, d, ind, st::"EnterpriseStatus", kk, ku::date,
              CASE WHEN st = 'VERIFIED' THEN now() END, now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
              AS x(id, uscc, name, d, ind, st, kk, ku)`,
      [
        employers.map((e) => e.id),
        employers.map((e) => e.uscc),
        employers.map((e) => e.name),
        employers.map((e) => e.districtCode),
        employers.map((e) => e.industry),
        employers.map((e) => e.status),
        employers.map((e) => e.keyKind),
        employers.map((e) => e.keyUntil),
      ],
    );
    log(`inserted ${employers.length} employers`);

    // A few hundred distinct salaries, each encrypted once, shared by many profiles: AES per profile would only
    // slow the seed, and the matching run decrypts each profile's ciphertext all the same.
    const salaries = Array.from({ length: 400 }, () => encrypt(String(r.int(6, 200) * 10_000 + r.int(0, 9) * 1_000)));

    // Users in one statement, all active (so every seeded talent is matched), sharing one placeholder password hash.
    await client.query(
      `INSERT INTO "User" (id, role, email, "passwordHash", "displayName", "disabledAt", "updatedAt")
       SELECT 'bu' || lpad(i::text, 7, '0'), 'TALENT', 'bu' || i || '@bench.test', 'x', '人才' || i,
              NULL, now()
         FROM generate_series(0, $1::int - 1) AS i`,
      [TALENTS],
    );
    log(`inserted ${TALENTS} users`);

    const batch = 25_000;
    for (let start = 0; start < TALENTS; start += batch) {
      const cols = emptyColumns();
      for (let i = start; i < Math.min(TALENTS, start + batch); i++) pushTalent(r, i, cols, employers, salaries);
      await client.query(
        `INSERT INTO "TalentProfile" ("userId", "birthDate", sex, education, "graduationYear", "professionalTitle",
                                      hukou, nationality, "isReturnee", "returnDate", "ownsHomeInShanghai",
                                      "employerId", "socialInsuranceMonths", "annualSalaryCipher", "contractEndDate",
                                      "updatedAt")
         SELECT u, bd, sx, ed::"Education", gy, pt::"ProfessionalTitle", hk::"Hukou", nat, ret, rd, home, emp, sim,
                sal, ced, now()
           FROM unnest($1::text[], $2::date[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[],
                       $9::bool[], $10::date[], $11::bool[], $12::text[], $13::int[], $14::text[], $15::date[])
                AS x(u, bd, sx, ed, gy, pt, hk, nat, ret, rd, home, emp, sim, sal, ced)`,
        [
          cols.userId,
          cols.birthDate,
          cols.sex,
          cols.education,
          cols.graduationYear,
          cols.professionalTitle,
          cols.hukou,
          cols.nationality,
          cols.isReturnee,
          cols.returnDate,
          cols.ownsHomeInShanghai,
          cols.employerId,
          cols.socialInsuranceMonths,
          cols.annualSalaryCipher,
          cols.contractEndDate,
        ],
      );
      log(`inserted ${Math.min(TALENTS, start + batch)} talent profiles`);
    }

    const rules = Array.from({ length: CHECK_RULES }, (_, i) => generateRule(r, i));
    await insertPolicies(client, rules.slice(0, RULES), 0, r);
    const depths = rules.slice(0, RULES).map(ruleDepth);
    log(`inserted ${RULES} published policies with rules (depths ${Math.min(...depths)}–${Math.max(...depths)})`);
    await client.query("VACUUM ANALYZE");
    // The client stays open for the check phase's extra policies.
    return {
      extraRules: rules.slice(RULES),
      insertMore: (from: TRule[]) => insertPolicies(client, from, RULES, r),
      close: () => client.end(),
    };
  } catch (error) {
    await client.end();
    throw error;
  }
}

async function insertPolicies(client: pg.Client, rules: TRule[], offset: number, r: R) {
  const ids = rules.map((_, i) => `bp${pad(offset + i, 5)}`);
  await client.query(
    `INSERT INTO "Policy" (id, title, "districtCode", issuers, categories, "targetGroups", body, rule, "ruleVersion",
                           "applyFree", "employerConfirms", status, "publishedAt", "updatedAt")
     SELECT id, title, d, '{}', '{}', '{}', '正文', rule, 1, af, ec, 'PUBLISHED', now(), now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::bool[], $6::bool[])
            AS x(id, title, d, rule, af, ec)`,
    [
      ids,
      ids.map((id, i) => `${DISTRICTS[(offset + i) % DISTRICTS.length]!.name}人才政策 ${id}`),
      ids.map((_, i) => DISTRICTS[(offset + i) % DISTRICTS.length]!.code),
      rules.map((rule) => JSON.stringify(rule)),
      // One policy in ten is apply-free (免申即享), half of those confirmed by the employer.
      ids.map(() => r.chance(0.1)),
      ids.map(() => r.chance(0.5)),
    ],
  );
}

// ---- Check -------------------------------------------------------------------------------------------------------

function checkFacts(r: R): TFacts {
  const facts: TFacts = {};
  if (r.chance(0.8)) facts.birthDate = isoDay(r.int(1965, 2003), r.int(1, 12), r.int(1, 28));
  if (r.chance(0.8)) facts.education = r.pick(EDUCATION_LEVELS);
  if (r.chance(0.6)) facts.professionalTitle = r.pick(PROFESSIONAL_TITLES);
  if (r.chance(0.7)) facts.hukou = r.pick(HUKOU_TYPES);
  if (r.chance(0.6)) facts.isReturnee = r.chance(0.3);
  if (facts.isReturnee) facts.monthsSinceReturn = r.int(0, 120);
  if (r.chance(0.6)) facts.yearsSinceGraduation = r.int(0, 30);
  if (r.chance(0.6)) facts.socialInsuranceMonths = r.int(0, 200);
  if (r.chance(0.4)) facts.annualSalary = r.int(5, 150) * 10_000;
  if (r.chance(0.5)) facts.ownsHomeInShanghai = r.chance(0.4);
  if (r.chance(0.4)) facts.contractMonthsRemaining = r.int(0, 60);
  if (r.chance(0.8)) facts.employerDistrict = r.pick(DISTRICTS).code;
  if (r.chance(0.5)) facts.employerIsKeyEnterprise = r.chance(0.2);
  if (r.chance(0.4)) facts.employerIndustry = r.pick(INDUSTRIES);
  return facts;
}

function percentile(sorted: number[], p: number): number {
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

// ---- Main --------------------------------------------------------------------------------------------------------

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "bench-matching-"));
  let db: EmbeddedDb | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
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
    // lib/env reads these on first use, which comes after this point.
    Object.assign(process.env, {
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
      DATA_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      DATA_HMAC_KEY: randomBytes(32).toString("base64"),
    });
    await migrate(db.url, log);

    const seedStart = Date.now();
    const seeded = await seed(db.url);
    const seedSeconds = round((Date.now() - seedStart) / 1000);
    log(`seeded in ${seedSeconds} s; rss ${rssMb()} MB`);

    const { runMatching } = await import("@/lib/server/matching");
    const { checkEligibility } = await import("@/lib/server/eligibility");
    const { db: prisma } = await import("@/lib/db");

    // The full run: read every profile, evaluate every rule, write what is new. `seconds` is this, end to end.
    let t = performance.now();
    const first = await runMatching({ asOf: AS_OF, chunkSize: CHUNK });
    const seconds = (performance.now() - t) / 1000;
    // evalsPerSec: evaluations over the time runMatching spent in its evaluation loop alone (stats.evalMs), i.e. the
    // in-memory phase of the real run, with facts already built and no I/O inside the timed span.
    const evalsPerSec = Math.round(first.evaluations / (first.evalMs / 1000));
    log(
      `run 1: ${round(seconds, 2)} s; ${first.talents} talents × ${first.rules} rules = ${first.evaluations} ` +
        `evaluations in ${round(first.evalMs)} ms (${(evalsPerSec / 1e6).toFixed(2)} M/s); ` +
        `${first.newMatches} matches, ${first.notifications} messages, ${first.offers} offers; ` +
        `waiting for facts ${round(first.readMs)} ms, writing ${round(first.writeMs)} ms; rss ${rssMb()} MB`,
    );

    // The same run again: every pair is known, so nothing is written (the daily job on an unchanged day).
    t = performance.now();
    const second = await runMatching({ asOf: AS_OF, chunkSize: CHUNK });
    const rerunSeconds = (performance.now() - t) / 1000;
    log(
      `run 2: ${round(rerunSeconds, 2)} s; ${second.newMatches} new, ${second.endedMatches} ended, ` +
        `${second.notifications} messages; waiting for facts ${round(second.readMs)} ms, ` +
        `writing ${round(second.writeMs)} ms; rss ${rssMb()} MB`,
    );
    if (second.newMatches !== 0 || second.notifications !== 0) throw new Error("the re-run wrote new matches");
    const matchingPeakRssMb = peakRssMb();

    // The check: 500 published rules against one set of facts, as POST /api/v1/eligibility/check does.
    await seeded.insertMore(seeded.extraRules);
    const published = await prisma.policy.count({ where: { status: "PUBLISHED" } });
    log(`published policies for the check: ${published}`);
    const r = rng(7);
    const timings: number[] = [];
    let verdicts = 0;
    let eligible = 0;
    for (let i = 0; i < CHECKS; i++) {
      const facts = checkFacts(r);
      const t0 = performance.now();
      const items = await checkEligibility(facts, AS_OF);
      timings.push(performance.now() - t0);
      verdicts += items.length;
      eligible += items.filter((v) => v.outcome === "ELIGIBLE").length;
    }
    const firstCheckMs = timings[0]!;
    const sorted = [...timings].sort((a, b) => a - b);
    log(
      `check: ${CHECKS} calls, ${verdicts / CHECKS} verdicts each (${round(eligible / CHECKS)} eligible on average); ` +
        `first ${round(firstCheckMs)} ms, p50 ${round(percentile(sorted, 50), 2)} ms, ` +
        `p95 ${round(percentile(sorted, 95), 2)} ms, max ${round(sorted[sorted.length - 1]!, 2)} ms`,
    );

    const result = {
      talents: first.talents,
      rules: first.rules,
      evaluations: first.evaluations,
      seconds: round(seconds, 2),
      evalMs: round(first.evalMs),
      readMs: round(first.readMs),
      writeMs: round(first.writeMs),
      evalsPerSec,
      newMatches: first.newMatches,
      notifications: first.notifications,
      offers: first.offers,
      rerunSeconds: round(rerunSeconds, 2),
      /** This Node process only; the embedded PostgreSQL is separate processes and not included. */
      peakRssMb: matchingPeakRssMb,
      checkRules: published,
      checkFirstMs: round(firstCheckMs, 2),
      checkP50Ms: round(percentile(sorted, 50), 2),
      checkP95Ms: round(percentile(sorted, 95), 2),
      seedSeconds,
    };
    await prisma.$disconnect();
    await seeded.close();
    await cleanup();
    log(`total run time ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } catch (error) {
    // Logged before the database stops, which would otherwise bury the cause under connection errors.
    log(`FAILED: ${(error as Error).stack ?? String(error)}`);
    failed = true;
  } finally {
    await cleanup();
  }
}

let failed = false;
main().then(
  () => process.exit(failed ? 1 : 0),
  (error: Error) => {
    log(`FAILED: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
