import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth";
import { listSynonymGroups } from "@/lib/server/policies";
import { SynonymsForm } from "@/components/admin/synonyms-form";
import { saveSynonymsAction } from "../policies/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPolicies.synonyms"))("title") };
}

export default async function SynonymsPage() {
  await requireRole(["ADMIN"]);
  const [t, groups] = await Promise.all([getTranslations("adminPolicies.synonyms"), listSynonymGroups()]);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-slate-700">{t("lead")}</p>
      <SynonymsForm action={saveSynonymsAction} initial={groups.map((g) => g.join("、")).join("\n")} />
    </div>
  );
}
