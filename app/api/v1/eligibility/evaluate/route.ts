import { z } from "zod";
import { apiFailure, factErrors, invalidRequest, tooManyRequests } from "@/lib/api";
import { explain, validateRule, ZFacts } from "@/lib/domain/eligibility";
import { dateFromIso } from "@/lib/domain/dates";
import { rateLimited } from "@/lib/rate-limit";

const ZBody = z.object({ rule: z.unknown(), facts: z.unknown().default({}), asOf: z.iso.date().optional() });

const headers = { "Cache-Control": "no-store" };

/**
 * POST /api/v1/eligibility/evaluate {rule, facts, asOf?} → the verdict with every condition explained.
 * Anonymous and stateless: nothing sent here is stored.
 */
export async function POST(request: Request) {
  const wait = await rateLimited("eligibility", request, 120);
  if (wait !== null) return tooManyRequests(wait);
  try {
    const json: unknown = await request.json().catch(() => undefined);
    const body = ZBody.safeParse(json);
    if (!body.success) {
      return invalidRequest({
        body: { message: "请求应为 JSON：{rule, facts, asOf}", messageEn: "Send JSON: {rule, facts, asOf}" },
      });
    }
    const rule = validateRule(body.data.rule);
    if (!rule.ok) {
      return invalidRequest(
        Object.fromEntries(
          rule.errors.map((e) => [`rule${e.path ? `.${e.path}` : ""}`, { message: e.message, messageEn: e.messageEn }]),
        ),
      );
    }
    const facts = ZFacts.safeParse(body.data.facts);
    if (!facts.success) return invalidRequest(factErrors(facts.error));
    const asOf = dateFromIso(body.data.asOf) ?? new Date();
    return Response.json(explain(rule.rule, facts.data, { asOf }), { headers });
  } catch (error) {
    return apiFailure(error);
  }
}
