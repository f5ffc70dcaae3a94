import { apiFailure, badRequest } from "@/lib/api";
import { segmentsToHtml } from "@/lib/search/highlight";
import { searchPolicies } from "@/lib/search/policy-search";
import { ZPolicySearchQuery } from "@/lib/schemas/policy";

/** GET /api/v1/policies/search?q=&district=&category=&targetGroup=&limit=&offset= (see /api/v1/openapi.json) */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = ZPolicySearchQuery.safeParse(params);
  if (!parsed.success) return badRequest(parsed.error);
  try {
    const result = await searchPolicies(parsed.data);
    return Response.json({
      total: result.total,
      partial: result.partial,
      items: result.items.map((i) => ({
        policyId: i.policyId,
        policyTitle: i.policyTitle,
        districtCode: i.districtCode,
        districtName: i.districtName,
        clauseId: i.clauseId,
        anchor: i.anchor,
        label: i.label,
        text: i.text,
        snippet: segmentsToHtml(i.snippet),
        score: i.score,
        status: i.status,
        issuedOn: i.issuedOn,
        url: `/policies/${i.policyId}#${i.anchor}`,
      })),
    });
  } catch (error) {
    return apiFailure(error);
  }
}
