import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth";
import { STAFF_ROLES } from "@/lib/domain/access";
import { districtName } from "@/lib/domain/districts";
import { listReviewQueue } from "@/lib/server/application-review";
import { listEnterprisesForReview } from "@/lib/server/enterprises";
import { noticeQueueCounts } from "@/lib/server/notices";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminHome() {
  const actor = await requireRole(STAFF_ROLES);
  const [t, tReview, tr, tEnum, locale, pending, applications, notices] = await Promise.all([
    getTranslations("admin"),
    getTranslations("review.home"),
    getTranslations("recognition"),
    getTranslations("enums"),
    getLocale(),
    listEnterprisesForReview(actor, "PENDING"),
    listReviewQueue(actor, { take: 0 }),
    noticeQueueCounts(actor),
  ]);
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-slate-700">
        {actor.displayName} · {tEnum(`role.${actor.role}`)} ·{" "}
        {t("scope", { district: districtName(actor.districtCode, locale) ?? t("allDistricts") })}
      </p>
      <h2 className="mb-3 text-lg font-bold">{t("queues")}</h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        <li className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <p className="text-slate-700">{t("enterprisesPending")}</p>
          <p className="mb-3 text-3xl font-bold text-brand-800">{pending.length}</p>
          <Link href="/admin/enterprises" className="font-medium">
            {t("open")}
            <span className="sr-only">：{t("enterprisesPending")}</span>
          </Link>
        </li>
        <li className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <p className="text-slate-700">{tReview("pending")}</p>
          <p className="mb-3 text-3xl font-bold text-brand-800">{applications.total}</p>
          <Link href="/admin/applications" className="font-medium">
            {t("open")}
            <span className="sr-only">：{tReview("pending")}</span>
          </Link>
        </li>
        {[
          { label: tr("adminQueueObjections"), count: notices.openObjections },
          { label: tr("adminQueueRecognition"), count: notices.awaitingRecognition },
        ].map((q) => (
          <li key={q.label} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <p className="text-slate-700">{q.label}</p>
            <p className="mb-3 text-3xl font-bold text-brand-800">{q.count}</p>
            <Link href="/admin/notices" className="font-medium">
              {t("open")}
              <span className="sr-only">：{q.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 mb-3 text-lg font-bold">{t("tools")}</h2>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/admin/policies">{t("policiesLink")}</Link>
        </li>
        {actor.role === "ADMIN" ? (
          <li>
            <Link href="/admin/synonyms">{t("synonymsLink")}</Link>
          </li>
        ) : null}
      </ul>
    </>
  );
}
