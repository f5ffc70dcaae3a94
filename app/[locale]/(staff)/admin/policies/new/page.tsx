import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth";
import { isPlatformAdmin } from "@/lib/domain/access";
import { DISTRICT_CODES } from "@/lib/domain/districts";
import { PolicyForm } from "@/components/admin/policy-form";
import { createPolicyAction, previewRuleMatchesAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPolicies"))("new") };
}

export default async function NewPolicyPage() {
  const actor = await requireRole(["ADMIN"]);
  const choices = isPlatformAdmin(actor) ? ["", ...DISTRICT_CODES] : actor.districtCode ? [actor.districtCode] : [];
  if (choices.length === 0) forbidden();
  const t = await getTranslations("adminPolicies");
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-2xl font-bold">{t("new")}</h1>
      <PolicyForm
        action={createPolicyAction}
        countAction={previewRuleMatchesAction}
        initial={{ cityName: "上海市", kind: "POLICY" }}
        districtChoices={choices}
      />
    </div>
  );
}
