import "server-only";
import type { TActor } from "@/lib/domain/access";
import { compileRule, factsUsed, InvalidRuleError, parseRuleText } from "@/lib/domain/eligibility";
import { forbidden } from "./errors";
import { mayEditPolicy } from "./policies";
import { talentFactChunks } from "./talent-facts";

export interface TRuleMatchCounts {
  eligible: number;
  needsInfo: number;
  ineligible: number;
  total: number;
}

/**
 * How many current talents a rule would find, before it is published: what the admin writing a policy sees under
 * the rule builder. Every active talent is counted, whatever their district, as matching will; a rule narrows the
 * district itself with employerDistrict. Only the three counts leave this function, never who the talents are,
 * which is why no audit event is written (the counts are no one's personal data).
 *
 * Throws InvalidRuleError, with every problem in both languages, for text that is not JSON, is empty, or does not
 * validate.
 */
export async function previewRuleMatches(actor: TActor, ruleJson: string): Promise<TRuleMatchCounts> {
  // Whoever may edit some policy may preview a rule for it: their district's admin, or the platform admin.
  if (!mayEditPolicy(actor, actor.districtCode)) throw forbidden();
  const parsed = parseRuleText(ruleJson);
  if (!parsed.ok) {
    throw new InvalidRuleError(
      parsed.json
        ? parsed.errors
        : [{ path: "", message: "规则不是有效的 JSON", messageEn: "The rule is not valid JSON" }],
    );
  }
  if (parsed.rule === null) {
    throw new InvalidRuleError([{ path: "", message: "规则为空：请至少添加一个条件", messageEn: "The rule is empty" }]);
  }
  const evaluate = compileRule(parsed.rule);
  const counts: TRuleMatchCounts = { eligible: 0, needsInfo: 0, ineligible: 0, total: 0 };
  // Salaries are encrypted; they are decrypted only for a rule that reads them.
  const withSalary = factsUsed(parsed.rule).includes("annualSalary");
  for await (const chunk of talentFactChunks({ asOf: new Date(), withSalary })) {
    for (const { facts } of chunk) {
      const outcome = evaluate(facts);
      if (outcome === "ELIGIBLE") counts.eligible += 1;
      else if (outcome === "NEEDS_INFO") counts.needsInfo += 1;
      else counts.ineligible += 1;
      counts.total += 1;
    }
  }
  return counts;
}
