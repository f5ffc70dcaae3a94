import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth";
import { STAFF_ROLES } from "@/lib/domain/access";
import { Link } from "@/lib/i18n/navigation";
import { listPoliciesForStaff } from "@/lib/server/policies";
import { Badge, Notice } from "@/components/ui/notice";
import { districtName } from "@/lib/domain/districts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPolicies"))("title") };
}

const tone = { DRAFT: "neutral", PUBLISHED: "success", EXPIRED: "danger", SUPERSEDED: "warning" } as const;

export default async function AdminPoliciesPage() {
  const actor = await requireRole(STAFF_ROLES);
  const [t, format, locale, policies] = await Promise.all([
    getTranslations("adminPolicies"),
    getFormatter(),
    getLocale(),
    listPoliciesForStaff(actor),
  ]);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {actor.role === "ADMIN" ? (
          <Link
            href="/admin/policies/new"
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-medium text-white no-underline"
          >
            {t("new")}
          </Link>
        ) : null}
      </div>
      <p className="mb-4 text-slate-700">{t("lead")}</p>
      {actor.role !== "ADMIN" ? <Notice>{t("readOnly")}</Notice> : null}
      {policies.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="space-y-3">
        {policies.map((p) => (
          <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <p className="mb-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
              <Badge tone={tone[p.status]}>{t(`statuses.${p.status}`)}</Badge>
              <span>{districtName(p.districtCode, locale) ?? p.cityName}</span>
              <span aria-hidden="true">·</span>
              <span>
                {t("columnClauses")} {p._count.clauses}
              </span>
              <span aria-hidden="true">·</span>
              <span>
                {t("columnUpdated")} {format.dateTime(p.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
              </span>
            </p>
            <h2 className="font-bold">
              <Link href={`/admin/policies/${p.id}`}>{p.title}</Link>
            </h2>
          </li>
        ))}
      </ul>
    </>
  );
}
