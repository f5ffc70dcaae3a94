import { z } from "zod";
import { ZApiError, ZPolicyResponse, ZPolicySearchQuery, ZPolicySearchResponse } from "@/lib/schemas/policy";

export const dynamic = "force-static";

const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: "output", unrepresentable: "any" });
const json = (s: z.ZodType) => ({ "application/json": { schema: schema(s) } });

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
