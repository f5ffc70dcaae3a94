import "server-only";
import type { TActor } from "@/lib/domain/access";
import type { TFactKey } from "@/lib/domain/eligibility";
import { forbidden } from "./errors";
import { checkEligibility, type TVerdict } from "./eligibility";
import { loadTalentFacts } from "./talent-facts";

export interface TMyEligibility {
  hasProfile: boolean;
  verdicts: TVerdict[];
  /** Facts whose absence leaves verdicts open, most useful first: "补充以下信息可查看 3 项政策". */
  blocking: { fact: TFactKey; policies: number }[];
  /** How many verdicts wait on at least one of those facts. */
  undecided: number;
}

/** A signed-in talent's verdicts, from their profile and verified employer: nothing to retype. */
export async function getMyEligibility(actor: TActor, asOf = new Date()): Promise<TMyEligibility> {
  if (actor.role !== "TALENT") throw forbidden();
  const facts = await loadTalentFacts(actor.id, asOf);
  const verdicts = await checkEligibility(facts ?? {}, asOf);
  const counts = new Map<TFactKey, number>();
  for (const v of verdicts) for (const f of v.missingFacts) counts.set(f, (counts.get(f) ?? 0) + 1);
  const blocking = [...counts].map(([fact, policies]) => ({ fact, policies })).sort((a, b) => b.policies - a.policies);
  return {
    hasProfile: facts !== null,
    verdicts,
    blocking,
    undecided: verdicts.filter((v) => v.outcome === "NEEDS_INFO").length,
  };
}
