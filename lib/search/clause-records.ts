// A policy body as the rows PolicyClause stores: the clause split plus the search tokens of each clause.
import { splitPolicyClauses } from "@/lib/domain/policy-clauses";
import { indexTokens } from "./segment";

export function clauseRecords(body: string) {
  return splitPolicyClauses(body).map((c) => ({
    seq: c.seq,
    anchor: c.anchor,
    label: c.label,
    title: c.title,
    headings: c.headings,
    text: c.text,
    leadDepartments: c.leadDepartments,
    departmentKind: c.departmentKind,
    // Headings travel with the clause so that a search for a section's subject finds its items.
    tokens: indexTokens([...c.headings, c.text].join(" ")),
  }));
}
