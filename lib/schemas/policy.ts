import { z } from "zod";
import { DISTRICT_CODES } from "@/lib/domain/districts";
import { POLICY_CATEGORIES, TARGET_GROUPS } from "@/lib/domain/policy";
import { validateRule } from "@/lib/domain/eligibility";
import { blankToUndefined, zChecked, zDate, zLines, zOptionalText, zText, zTickedList } from "./common";

/** One entry of a policy folder's manifest.json (the format of the shared source texts). */
export const ZPolicyManifestEntry = z.object({
  file: z.string().regex(/^[\w.-]+\.txt$/, "a .txt file name in the same folder"),
  kind: z.enum(["policy", "news"]),
  title: z.string().min(1),
  district: z.string().nullable(),
  city: z.string().min(1),
  issuers: z.array(z.string()).nullable(),
  docNumber: z.string().nullable(),
  issuedOn: z.iso.date().nullable(),
  structure: z.string().optional(),
  notes: z.string().optional(),
});
export const ZPolicyManifest = z.object({ documents: z.array(ZPolicyManifestEntry) });
export type TPolicyManifestEntry = z.infer<typeof ZPolicyManifestEntry>;

/** GET /api/v1/policies/search — the same rules serve the page's search form. */
export const ZPolicySearchQuery = z.object({
  // NUL cannot be stored or compared in PostgreSQL text; it is never part of a real question.
  q: z
    .string()
    .transform((v) => v.replaceAll("\u0000", " ").trim())
    .pipe(z.string().max(100, "searchTooLong"))
    .default(""),
  // An empty choice ("全部区") is no filter.
  district: z.preprocess(blankToUndefined, z.enum(DISTRICT_CODES, { error: "unknownDistrict" }).optional()),
  category: z.preprocess(blankToUndefined, z.enum(POLICY_CATEGORIES, { error: "unknownCategory" }).optional()),
  targetGroup: z.preprocess(blankToUndefined, z.enum(TARGET_GROUPS, { error: "unknownTargetGroup" }).optional()),
  limit: z.coerce.number({ error: "number" }).int("integer").min(1, "min").max(50, "max").default(10),
  offset: z.coerce.number({ error: "number" }).int("integer").min(0, "negativeOffset").max(10_000, "max").default(0),
});
export type TPolicySearchQuery = z.infer<typeof ZPolicySearchQuery>;

const ZSearchItem = z.object({
  policyId: z.string(),
  policyTitle: z.string(),
  districtCode: z.string().nullable().describe("GB/T 2260 code; null for a text of a whole city"),
  districtName: z.string().describe("The district's Chinese name, or the city's for a text without a district"),
  clauseId: z.string(),
  anchor: z.string().describe("Fragment of the clause on the policy page"),
  label: z.string().describe("The clause number as printed, e.g. 十八、"),
  text: z.string().describe("The clause's full text"),
  snippet: z.string().describe("An excerpt, HTML-escaped, with matched words in <mark>"),
  score: z.number(),
  status: z.enum(["PUBLISHED", "EXPIRED", "SUPERSEDED"]),
  issuedOn: z.string().nullable(),
  url: z.string().describe("Path of the clause on the portal"),
});

export const ZPolicySearchResponse = z.object({
  total: z.number().int(),
  partial: z.boolean().describe("True when no clause had every word and these are the best partial matches"),
  items: z.array(ZSearchItem),
});

export const ZPolicyResponse = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(["POLICY", "NEWS"]),
  districtCode: z.string().nullable(),
  districtName: z.string(),
  issuers: z.array(z.string()),
  docNumber: z.string().nullable(),
  issuedOn: z.string().nullable(),
  effectiveOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  categories: z.array(z.string()),
  targetGroups: z.array(z.string()),
  status: z.string(),
  clauses: z.array(
    z.object({
      id: z.string(),
      anchor: z.string(),
      label: z.string(),
      title: z.string().nullable(),
      headings: z.array(z.string()),
      text: z.string(),
      leadDepartments: z.array(z.string()),
      departmentKind: z.enum(["lead", "responsible"]).nullable(),
    }),
  ),
});

export const ZApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().describe("In Chinese"),
    messageEn: z.string(),
    fields: z.record(z.string(), z.object({ message: z.string(), messageEn: z.string() })).optional(),
  }),
});

/** A policy as an admin writes it. The body is kept verbatim; its numbered lines decide the clause split. */
export const ZPolicyInput = z.object({
  title: zText(200),
  kind: z.enum(["POLICY", "NEWS"], { error: "choose" }),
  /** "" means a city-level text (platform admin only). */
  districtCode: z.preprocess(blankToUndefined, z.enum(DISTRICT_CODES, { error: "unknownDistrict" }).optional()),
  cityName: zText(20),
  issuers: zLines(10, 100),
  docNumber: zOptionalText(100),
  issuedOn: zDate,
  effectiveOn: zDate,
  expiresOn: zDate,
  categories: zTickedList(POLICY_CATEGORIES),
  targetGroups: zTickedList(TARGET_GROUPS),
  body: z
    .string({ error: "required" })
    .refine((v) => v.trim().length > 0, "required")
    .refine((v) => v.length <= 200_000, "tooLong"),
  /** Optional eligibility rule as JSON text: the rule builder's hidden field, or what was typed in its JSON editor. */
  rule: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v || !v.trim()) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(v);
      } catch {
        ctx.addIssue({ code: "custom", message: "ruleJson" });
        return z.NEVER;
      }
      const checked = validateRule(parsed);
      if (!checked.ok) {
        ctx.addIssue({ code: "custom", message: "ruleInvalid" });
        return z.NEVER;
      }
      return checked.rule;
    }),
  /** Where the rule's conditions come from, shown beside every verdict (e.g. "示例规则：…"). */
  ruleNote: zOptionalText(500),
  /** 免申即享: a match becomes an offer instead of an application. */
  applyFree: zChecked,
  /** The employer confirms an apply-free offer before it is granted. */
  employerConfirms: zChecked,
  /** The version the editor started from: a save over someone else's newer edit is refused. */
  updatedAt: z.string().optional(),
});
export type TPolicyInput = z.infer<typeof ZPolicyInput>;

/** POST /api/v1/eligibility/check */
export const ZEligibilityCheck = z.object({ facts: z.unknown().default({}), asOf: z.iso.date().optional() });

export const ZSynonymsInput = z.object({
  /** One group per line, terms separated by 、，, or spaces. */
  groups: z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(/\r?\n/)
            .map((line) => [
              ...new Set(
                line
                  .split(/[、，,\s]+/)
                  .map((t) => t.trim())
                  .filter(Boolean),
              ),
            ])
            .filter((terms) => terms.length > 0)
        : v,
    z
      .array(z.array(z.string().max(30, "tooLong")).min(2, "synonymGroupTooSmall").max(10, "tooMany"))
      .max(200, "tooMany"),
  ),
});
