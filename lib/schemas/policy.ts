import { z } from "zod";
import { DISTRICT_CODES } from "@/lib/domain/districts";
import { POLICY_CATEGORIES, TARGET_GROUPS } from "@/lib/domain/policy";

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
  q: z.string().max(100, "searchTooLong").default(""),
  district: z.enum(DISTRICT_CODES, { error: "unknownDistrict" }).optional(),
  category: z.enum(POLICY_CATEGORIES, { error: "unknownCategory" }).optional(),
  targetGroup: z.enum(TARGET_GROUPS, { error: "unknownTargetGroup" }).optional(),
  limit: z.coerce.number({ error: "number" }).int("integer").min(1, "min").max(50, "max").default(10),
  offset: z.coerce.number({ error: "number" }).int("integer").min(0, "negativeOffset").max(10_000, "max").default(0),
});
export type TPolicySearchQuery = z.infer<typeof ZPolicySearchQuery>;
