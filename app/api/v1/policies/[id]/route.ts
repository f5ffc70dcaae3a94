import { apiFailure } from "@/lib/api";
import { getPolicy } from "@/lib/server/policies";
import { isoFromDate } from "@/lib/domain/dates";

/** GET /api/v1/policies/:id — a published (or expired) policy with its clauses. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const p = await getPolicy(null, id);
    return Response.json({
      id: p.id,
      title: p.title,
      kind: p.kind,
      districtCode: p.districtCode,
      districtName: p.district?.name ?? p.cityName,
      issuers: p.issuers,
      docNumber: p.docNumber,
      issuedOn: isoFromDate(p.issuedOn),
      effectiveOn: isoFromDate(p.effectiveOn),
      expiresOn: isoFromDate(p.expiresOn),
      categories: p.categories,
      targetGroups: p.targetGroups,
      status: p.status,
      clauses: p.clauses.map((c) => ({
        id: c.id,
        anchor: c.anchor,
        label: c.label,
        title: c.title,
        headings: c.headings,
        text: c.text,
        leadDepartments: c.leadDepartments,
        departmentKind: c.departmentKind,
      })),
    });
  } catch (error) {
    return apiFailure(error);
  }
}
