import { apiFailure, factErrors, invalidRequest, tooManyRequests } from "@/lib/api";
import { ZFacts } from "@/lib/domain/eligibility";
import { dateFromIso } from "@/lib/domain/dates";
import { rateLimited } from "@/lib/rate-limit";
import { ZEligibilityCheck } from "@/lib/schemas/policy";
import { checkEligibility } from "@/lib/server/eligibility";

/**
 * POST /api/v1/eligibility/check {facts, asOf?} → a verdict for every published policy with a rule.
 * Anonymous and stateless: nothing sent here is stored.
 */
export async function POST(request: Request) {
  const wait = await rateLimited("eligibility", request, 120);
  if (wait !== null) return tooManyRequests(wait);
  try {
    const body = ZEligibilityCheck.safeParse(await request.json().catch(() => undefined));
    if (!body.success) {
      return invalidRequest({
        body: { message: "请求应为 JSON：{facts, asOf}", messageEn: "Send JSON: {facts, asOf}" },
      });
    }
    const facts = ZFacts.safeParse(body.data.facts);
    if (!facts.success) return invalidRequest(factErrors(facts.error));
    const items = await checkEligibility(facts.data, dateFromIso(body.data.asOf) ?? new Date());
    return Response.json({ items }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return apiFailure(error);
  }
}
