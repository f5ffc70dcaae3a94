import { z } from "zod";
import { ZApiError, ZPolicyResponse, ZPolicySearchQuery, ZPolicySearchResponse } from "@/lib/schemas/policy";

export const dynamic = "force-static";

const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: "output", unrepresentable: "any" });
const json = (s: z.ZodType) => ({ "application/json": { schema: schema(s) } });

/** The two eligibility endpoints share their shape: anonymous JSON posts with facts and an optional date. */
function eligibilityPost(summary: string, properties: Record<string, object>, ok: string) {
  return {
    summary,
    description: "Anonymous, rate-limited per client, nothing is stored. Rule language: lib/domain/eligibility.",
    requestBody: {
      required: true,
      content: {
        "application/json": {
          schema: { type: "object", properties: { ...properties, asOf: { type: "string", format: "date" } } },
        },
      },
    },
    responses: {
      "200": { description: ok },
      "400": { description: "Invalid rule or facts; fields name the offending part", content: json(ZApiError) },
      "429": { description: "Too many requests from this client", content: json(ZApiError) },
    },
  };
}

/** The public API, described from the same zod schemas that validate it. */
export function GET() {
  const query = z.toJSONSchema(ZPolicySearchQuery, { io: "input", unrepresentable: "any" }) as {
    properties: Record<string, object>;
  };
  return Response.json({
    openapi: "3.1.0",
    info: { title: "人才服务平台 API", version: "1.0.0", description: "Talent Service Portal public API" },
    paths: {
      "/api/v1/policies/search": {
        get: {
          summary: "一网查询: search every district's policy clauses",
          parameters: Object.entries(query.properties).map(([name, s]) => ({
            name,
            in: "query",
            required: false,
            schema: s,
          })),
          responses: {
            "200": { description: "Matching clauses, best first", content: json(ZPolicySearchResponse) },
            "400": { description: "Invalid parameters", content: json(ZApiError) },
          },
        },
      },
      "/api/v1/eligibility/evaluate": {
        post: eligibilityPost(
          "Evaluate an eligibility rule against facts (three-valued: ELIGIBLE, INELIGIBLE, NEEDS_INFO)",
          {
            rule: { description: "{all:[…]} | {any:[…]} | {not:…} | {fact, op, value?, label?}" },
            facts: { type: "object", description: "Known facts; a missing fact makes its conditions UNKNOWN" },
          },
          "Outcome, every condition with its verdict and text, and the facts still needed",
        ),
      },
      "/api/v1/eligibility/check": {
        post: eligibilityPost(
          "Verdicts of every published policy with an eligibility rule, for the facts given",
          { facts: { type: "object", description: "Known facts; a missing fact makes its conditions UNKNOWN" } },
          "items: eligible first, then those needing information, then the rest",
        ),
      },
      "/api/v1/policies/{id}": {
        get: {
          summary: "A policy with its clauses",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": { description: "The policy", content: json(ZPolicyResponse) },
            "404": { description: "No such public policy", content: json(ZApiError) },
          },
        },
      },
    },
  });
}
