import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth";
import { STAFF_ROLES } from "@/lib/domain/access";
import { DISTRICT_STAGES, STATUS_NAMES, type TDistrictStage } from "@/lib/domain/application-status";
import { districtName } from "@/lib/domain/districts";
import { Link } from "@/lib/i18n/navigation";
import { listReviewQueue } from "@/lib/server/application-review";
import { Badge } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review.queue"))("title") };
}

function stageOf(value: string | string[] | undefined): TDistrictStage {
  return (DISTRICT_STAGES as readonly string[]).includes(String(value)) ? (value as TDistrictStage) : "FIRST_REVIEW";
}

export default async function ReviewQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireRole(STAFF_ROLES);
  const stage = stageOf((await searchParams).stage);
  const [t, format, locale, queue] = await Promise.all([
    getTranslations("review.queue"),
    getFormatter(),
    getLocale(),
    listReviewQueue(actor, { stage }),
  ]);
  const en = locale === "en";
  const name = (s: TDistrictStage) => STATUS_NAMES[s][en ? "en" : "zh"];
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-slate-700">{t("intro")}</p>
      <nav aria-label={t("stages")} className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {DISTRICT_STAGES.map((s) => (
            <li key={s}>
              <Link
                href={{ pathname: "/admin/applications", query: { stage: s } }}
                aria-current={s === stage ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-md px-4 py-2 font-medium no-underline ring-1 ring-brand-700 ring-inset ${
                  s === stage ? "bg-brand-700 text-white" : "bg-white text-brand-800 hover:bg-brand-50"
                }`}
              >
                {t("tab", { stage: name(s), count: queue.counts[s] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="mb-3 text-xl font-bold">{t("listHeading", { stage: name(stage), count: queue.counts[stage] })}</h2>
      {queue.items.length === 0 ? <p>{t("empty", { stage: name(stage) })}</p> : null}
      <ol className="space-y-3">
        {queue.items.map((a) => (
          <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0">
                <h3 className="text-lg font-bold">
                  {a.user.displayName}
                  <span className="ml-2 font-mono text-base font-normal text-slate-700">{a.reference}</span>
                </h3>
                <p className="text-slate-800">
                  {en ? a.program.nameEn : a.program.name} · {en ? a.tier.nameEn : a.tier.name}
                </p>
                <p className="text-sm text-slate-600">
                  {a.employer ? `${t("employerLine", { name: a.employer.name })} · ` : ""}
                  {t("sinceLine", {
                    date: format.dateTime(a.statusSince, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                  {actor.districtCode === null && a.districtCode ? ` · ${districtName(a.districtCode, locale)}` : ""}
                </p>
                {a.resubmittedAt ? (
                  <p className="mt-1">
                    <Badge tone="warning">{t("resubmitted")}</Badge>
                  </p>
                ) : null}
              </div>
              <Link
                href={`/admin/applications/${a.id}`}
                aria-label={t("openLabel", { name: a.user.displayName, reference: a.reference ?? "" })}
                className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 py-2 font-medium text-white no-underline hover:bg-brand-800"
              >
                {t("open")}
              </Link>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
