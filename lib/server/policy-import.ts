import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { DISTRICTS } from "@/lib/domain/districts";
import { guessCategories, guessTargetGroups } from "@/lib/domain/policy";
import { ZPolicyManifest, type TPolicyManifestEntry } from "@/lib/schemas/policy";
import { indexTokens } from "@/lib/search/segment";
import { invalidateSearchCache } from "@/lib/search/policy-search";
import { audit } from "./audit";
import { writeClauses } from "./policies";
import { dateFromIso } from "@/lib/domain/dates";

export interface TImportReport {
  created: string[];
  updated: string[];
  unchanged: string[];
}

const sameDay = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

function districtCodeOf(entry: TPolicyManifestEntry): string | null {
  if (entry.district === null) return null;
  const district = DISTRICTS.find((d) => d.name === entry.district);
  if (!district) throw new Error(`${entry.file}: unknown district "${entry.district}"`);
  return district.code;
}

/**
 * Loads a folder of texts described by manifest.json. Idempotent: a text already imported with the same body and
 * metadata is left untouched; a changed one is updated (its clauses re-split) but keeps the categories, target
 * groups and status that admins may have set since. Bodies are stored verbatim.
 */
export async function importPolicyFolder(folder: string): Promise<TImportReport> {
  const manifest = ZPolicyManifest.parse(JSON.parse(readFileSync(path.join(folder, "manifest.json"), "utf8")));
  const report: TImportReport = { created: [], updated: [], unchanged: [] };
  for (const entry of manifest.documents) {
    const slug = entry.file.replace(/\.txt$/, "");
    const body = readFileSync(path.join(folder, entry.file), "utf8");
    const data = {
      title: entry.title,
      kind: entry.kind === "news" ? ("NEWS" as const) : ("POLICY" as const),
      districtCode: districtCodeOf(entry),
      cityName: entry.city,
      issuers: entry.issuers ?? [],
      docNumber: entry.docNumber,
      issuedOn: dateFromIso(entry.issuedOn),
      notes: entry.notes ?? null,
      titleTokens: indexTokens(entry.title),
    };
    const existing = await db.policy.findUnique({ where: { slug } });
    if (
      existing &&
      existing.body === body &&
      existing.title === data.title &&
      existing.kind === data.kind &&
      existing.districtCode === data.districtCode &&
      existing.cityName === data.cityName &&
      existing.issuers.join("\u0000") === data.issuers.join("\u0000") &&
      existing.docNumber === data.docNumber &&
      sameDay(existing.issuedOn, data.issuedOn) &&
      existing.notes === data.notes
    ) {
      report.unchanged.push(slug);
      continue;
    }
    await db.$transaction(
      async (tx) => {
        const policy = existing
          ? await tx.policy.update({ where: { id: existing.id }, data: { ...data, body } })
          : await tx.policy.create({
              data: {
                ...data,
                slug,
                body,
                status: "PUBLISHED",
                publishedAt: new Date(),
                categories: guessCategories(body),
                targetGroups: guessTargetGroups(body),
              },
            });
        if (!existing || existing.body !== body) await writeClauses(tx, policy.id, body);
        await audit(tx, {
          action: existing ? "policy.reimport" : "policy.import",
          targetType: "Policy",
          targetId: policy.id,
          districtCode: policy.districtCode,
          detail: { slug },
        });
      },
      { timeout: 30_000 },
    );
    (existing ? report.updated : report.created).push(slug);
  }
  invalidateSearchCache();
  return report;
}
