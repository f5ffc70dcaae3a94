import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  compileExplainer,
  deriveFacts,
  factVector,
  validateRule,
  type TExplainer,
  type TExplanation,
  type TFacts,
} from "@/lib/domain/eligibility";

export interface TVerdict extends TExplanation {
  /** A policy text's benefit, or a talent program (人才项目) to apply to. */
  kind: "policy" | "program";
  id: string;
  title: string;
  /** GB/T 2260 code of the policy's district; null for a city-wide text. */
  districtCode: string | null;
  /** The district's (or city's) Chinese name. */
  districtName: string;
  /** Where the rule's conditions come from (e.g. that they are an example), to show beside the verdict. */
  ruleNote: string | null;
  /** 免申即享: an eligible talent confirms an offer instead of applying. */
  applyFree: boolean;
}

const ORDER = { ELIGIBLE: 0, NEEDS_INFO: 1, INELIGIBLE: 2 } as const;

interface TCheckPolicy {
  kind: "policy" | "program";
  id: string;
  title: string;
  districtCode: string | null;
  districtName: string;
  ruleNote: string | null;
  applyFree: boolean;
  explain: TExplainer;
}

// ---- Compiled rules, per process -----------------------------------------------------------------------------------
// Validating and compiling 500 rules costs more than judging them, so the published rules are kept compiled and
// reloaded only when a cheap query says the policies changed: the newest updatedAt of any policy (indexed; every write
// through Prisma bumps it, including a withdrawal) and the number of published policies with a rule (which also
// notices a deleted row). It runs on every check, so an edit made on any instance is seen by the next check everywhere.
// On globalThis for the same reason as the search cache: Next bundles each route separately.
interface TCompiled {
  key: string;
  policies: TCheckPolicy[];
}
const shared = ((globalThis as unknown as { talentPortalEligibility?: unknown }).talentPortalEligibility ??= {
  compiled: undefined,
  loading: undefined,
}) as { compiled?: TCompiled; loading?: { key: string; promise: Promise<TCompiled> } };

async function rulesKey(): Promise<string> {
  const [row] = await db.$queryRaw<{ key: string }[]>`
    SELECT concat_ws('/', (SELECT max("updatedAt") FROM "Policy"),
                          (SELECT count(*) FROM "Policy" WHERE "status" = 'PUBLISHED' AND "rule" IS NOT NULL),
                          (SELECT max("updatedAt") FROM "Program"),
                          (SELECT count(*) FROM "Program" WHERE "status" = 'PUBLISHED' AND "rule" IS NOT NULL)) AS key`;
  return row?.key ?? "";
}

async function loadPolicies(key: string): Promise<TCompiled> {
  const rows = await db.policy.findMany({
    where: { status: "PUBLISHED", rule: { not: Prisma.DbNull } },
    select: {
      id: true,
      title: true,
      rule: true,
      ruleNote: true,
      applyFree: true,
      cityName: true,
      districtCode: true,
      district: { select: { name: true } },
    },
  });
  const policies: TCheckPolicy[] = [];
  for (const p of rows) {
    // Stored rules were validated on save; one that no longer validates (the catalogue changed) is skipped.
    const checked = validateRule(p.rule);
    if (!checked.ok) continue;
    policies.push({
      kind: "policy",
      id: p.id,
      title: p.title,
      districtCode: p.districtCode,
      districtName: p.district?.name ?? p.cityName,
      ruleNote: p.ruleNote,
      applyFree: p.applyFree,
      explain: compileExplainer(checked.rule),
    });
  }
  const programs = await db.program.findMany({
    where: { status: "PUBLISHED", rule: { not: Prisma.DbNull } },
    select: { id: true, name: true, rule: true, ruleNote: true, districtCode: true, district: { select: { name: true } } },
  });
  for (const p of programs) {
    const checked = validateRule(p.rule);
    if (!checked.ok) continue;
    policies.push({
      kind: "program",
      id: p.id,
      title: p.name,
      districtCode: p.districtCode,
      districtName: p.district?.name ?? "上海市",
      ruleNote: p.ruleNote,
      applyFree: false,
      explain: compileExplainer(checked.rule),
    });
  }
  return { key, policies };
}

async function publishedPolicies(): Promise<TCheckPolicy[]> {
  const key = await rulesKey();
  if (shared.compiled?.key === key) return shared.compiled.policies;
  // Checks that arrive while the same rules load wait for that one load. The key read before loading is stored with
  // the result, so a change made during the load makes the next check load again rather than trust stale rules.
  if (shared.loading?.key !== key) {
    const loading = {
      key,
      promise: loadPolicies(key).finally(() => {
        if (shared.loading === loading) shared.loading = undefined;
      }),
    };
    shared.loading = loading;
  }
  const compiled = await shared.loading.promise;
  shared.compiled = compiled;
  return compiled.policies;
}

/** Drop the compiled rules now; the next check loads them again. (Changes are noticed without it; tests use it.) */
export function invalidateEligibilityCache() {
  shared.compiled = undefined;
}

/**
 * Every published policy and program with a rule, judged against the facts given: eligible first, then those that need more
 * information, then the rest, each with every condition explained. Nothing about the asker is stored.
 */
export async function checkEligibility(facts: TFacts, asOf: Date): Promise<TVerdict[]> {
  const policies = await publishedPolicies();
  // Derived and laid out once for all the rules, as explain() would do for each.
  const derived = deriveFacts(facts, asOf);
  const vector = factVector(derived);
  const verdicts: TVerdict[] = policies.map((p) => ({
    kind: p.kind,
    id: p.id,
    title: p.title,
    districtCode: p.districtCode,
    districtName: p.districtName,
    ruleNote: p.ruleNote,
    applyFree: p.applyFree,
    ...p.explain(derived, vector),
  }));
  return verdicts.sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome]);
}
