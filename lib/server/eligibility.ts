import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { explain, validateRule, type TExplanation, type TFacts } from "@/lib/domain/eligibility";

export interface TVerdict extends TExplanation {
  kind: "policy";
  id: string;
  title: string;
  districtName: string;
  /** Where the rule's conditions come from (e.g. that they are an example), to show beside the verdict. */
  ruleNote: string | null;
  /** 免申即享: an eligible talent confirms an offer instead of applying. */
  applyFree: boolean;
}

const ORDER = { ELIGIBLE: 0, NEEDS_INFO: 1, INELIGIBLE: 2 } as const;

/**
 * Every published policy with a rule, judged against the facts given: eligible first, then those that need more
 * information, then the rest, each with every condition explained. Nothing about the asker is stored.
 */
export async function checkEligibility(facts: TFacts, asOf: Date): Promise<TVerdict[]> {
  const policies = await db.policy.findMany({
    where: { status: "PUBLISHED", rule: { not: Prisma.DbNull } },
    select: {
      id: true,
      title: true,
      rule: true,
      ruleNote: true,
      applyFree: true,
      cityName: true,
      district: { select: { name: true } },
    },
  });
  const verdicts: TVerdict[] = [];
  for (const p of policies) {
    // Stored rules were validated on save; one that no longer validates (the catalogue changed) is skipped.
    const checked = validateRule(p.rule);
    if (!checked.ok) continue;
    verdicts.push({
      kind: "policy",
      id: p.id,
      title: p.title,
      districtName: p.district?.name ?? p.cityName,
      ruleNote: p.ruleNote,
      applyFree: p.applyFree,
      ...explain(checked.rule, facts, { asOf }),
    });
  }
  return verdicts.sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome]);
}
