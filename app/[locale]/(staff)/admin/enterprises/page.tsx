import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth";
import { STAFF_ROLES } from "@/lib/domain/access";
import { listEnterprisesForReview } from "@/lib/server/enterprises";
import { EnterpriseDecisionForm } from "@/components/admin/enterprise-decision-form";
import { decideEnterpriseAction } from "./actions";
import { districtName } from "@/lib/domain/districts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.enterprises"))("title") };
}

export default async function EnterpriseReviewPage() {
  const actor = await requireRole(STAFF_ROLES);
  const [t, format, locale, pending] = await Promise.all([
    getTranslations("admin.enterprises"),
    getFormatter(),
    getLocale(),
    listEnterprisesForReview(actor, "PENDING"),
  ]);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t("title")}</h1>
      {pending.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="space-y-6">
        {pending.map((e) => (
          <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 className="mb-3 text-lg font-bold">{e.name}</h2>
            <dl className="mb-4 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
              <dt className="text-slate-600">{t("uscc")}</dt>
              <dd className="font-mono">{e.uscc}</dd>
              <dt className="text-slate-600">{t("district")}</dt>
              <dd>{districtName(e.districtCode, locale) ?? e.district.name}</dd>
              <dt className="text-slate-600">{t("submittedAt")}</dt>
              <dd>{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
            </dl>
            <EnterpriseDecisionForm action={decideEnterpriseAction} enterpriseId={e.id} name={e.name} />
          </li>
        ))}
      </ul>
    </>
  );
}
