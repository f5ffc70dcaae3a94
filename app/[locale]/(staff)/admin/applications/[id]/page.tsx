import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth";
import { STAFF_ROLES } from "@/lib/domain/access";
import {
  ACTION_NAMES,
  programStages,
  STATUS_NAMES,
  type TApplicationAction,
  type TStage,
} from "@/lib/domain/application-status";
import { isoFromDate } from "@/lib/domain/dates";
import { Link } from "@/lib/i18n/navigation";
import { getApplicationForReview } from "@/lib/server/application-review";
import { UserError } from "@/lib/server/errors";
import { MaterialList } from "@/components/review/material-list";
import { ReviewDecisionForms } from "@/components/review/review-decision-forms";
import { Badge } from "@/components/ui/notice";
import { reviewDecisionAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review.queue"))("title") };
}

const VERDICT_TONE = { ELIGIBLE: "success", NEEDS_INFO: "warning", INELIGIBLE: "danger" } as const;

async function load(id: string) {
  const actor = await requireRole(STAFF_ROLES);
  try {
    return await getApplicationForReview(actor, id);
  } catch (error) {
    // Another district's application, or none: the same 404.
    if (error instanceof UserError && error.key === "notFound") notFound();
    throw error;
  }
}

export default async function ReviewApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const app = await load((await params).id);
  const [t, tEl, format, locale] = await Promise.all([
    getTranslations("review.detail"),
    getTranslations("eligibility"),
    getFormatter(),
    getLocale(),
  ]);
  const en = locale === "en";
  const lang = en ? "en" : "zh";
  const status = STATUS_NAMES[app.status][lang];
  const dateTime = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "");
  const stages = programStages(app.program);
  const next = stages[stages.indexOf(app.status as TStage) + 1] ?? "PUBLIC_NOTICE";
  const actionName = (a: string) => ACTION_NAMES[a as TApplicationAction]?.[lang] ?? a;

  return (
    <>
      <p className="mb-4">
        <Link href={{ pathname: "/admin/applications", query: { stage: app.status } }}>← {t("back")}</Link>
      </p>
      <h1 className="mb-1 text-2xl font-bold">{t("title", { name: app.user.displayName })}</h1>
      <p className="mb-6 flex flex-wrap items-center gap-x-3 gap-y-1 text-slate-700">
        <span className="font-mono">{app.reference}</span>
        <span>
          <span className="sr-only">{t("status")}</span>
          <Badge tone="warning">{status}</Badge>
        </span>
        <span>{t("since", { date: dateTime(app.statusSince) })}</span>
      </p>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0">
          <section
            aria-labelledby="facts-heading"
            className="mb-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
          >
            <h2 id="facts-heading" className="mb-3 text-xl font-bold">
              {t("answers")}
            </h2>
            <dl className="mb-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
              <dt className="text-slate-600">{t("applicant")}</dt>
              <dd>{app.user.displayName}</dd>
              <dt className="text-slate-600">{t("program")}</dt>
              <dd>{en ? app.program.nameEn : app.program.name}</dd>
              <dt className="text-slate-600">{t("tier")}</dt>
              <dd>{en ? app.tier.nameEn : app.tier.name}</dd>
              {app.answers.class ? (
                <>
                  <dt className="text-slate-600">{t("class")}</dt>
                  <dd>{app.answers.class}</dd>
                </>
              ) : null}
              <dt className="text-slate-600">{t("batch")}</dt>
              <dd>{app.batch.name}</dd>
              <dt className="text-slate-600">{t("employer")}</dt>
              <dd>{app.employer?.name ?? "—"}</dd>
              <dt className="text-slate-600">{t("submittedAt")}</dt>
              <dd>{dateTime(app.submittedAt)}</dd>
              <dt className="text-slate-600">{t("summary")}</dt>
              <dd className="whitespace-pre-line">{app.answers.summary || t("noAnswer")}</dd>
              <dt className="text-slate-600">{t("achievements")}</dt>
              <dd className="whitespace-pre-line">{app.answers.achievements || t("noAnswer")}</dd>
            </dl>
            {app.noticeStartsOn && app.noticeEndsOn ? (
              <p className="mt-2 font-medium">
                {t("notice", { from: isoFromDate(app.noticeStartsOn)!, to: isoFromDate(app.noticeEndsOn)! })}
              </p>
            ) : null}
            {app.status === "RETURNED" && app.returnItems.length > 0 ? (
              <>
                <h3 className="mt-3 font-bold">{t("returnItems")}</h3>
                <ul className="list-disc pl-5">
                  {app.returnItems.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>

          <div className="mb-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
            <MaterialList items={app.materials} headingLevel={2} />
          </div>

          <section
            aria-labelledby="verdict-heading"
            className="mb-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
          >
            <h2 id="verdict-heading" className="mb-2 text-xl font-bold">
              {t("verdict")}
            </h2>
            {app.verdict ? (
              <>
                <p className="mb-2">
                  <Badge tone={VERDICT_TONE[app.verdict.outcome]}>{tEl(`outcome.${app.verdict.outcome}`)}</Badge>
                </p>
                <ul className="space-y-1">
                  {app.verdict.conditions.map((c, i) => (
                    <li key={i}>{en ? c.textEn : c.text}</li>
                  ))}
                </ul>
                {app.program.ruleNote ? <p className="mt-2 text-sm text-slate-600">{app.program.ruleNote}</p> : null}
              </>
            ) : (
              <p>{t("noRule")}</p>
            )}
          </section>
        </div>

        <div className="min-w-0 space-y-6">
          <section aria-labelledby="decide-heading">
            <h2 id="decide-heading" className="mb-3 text-xl font-bold">
              {t("decide")}
            </h2>
            {app.actions.length === 0 ? (
              <p>{t("noActions")}</p>
            ) : (
              <ReviewDecisionForms
                action={reviewDecisionAction}
                applicationId={app.id}
                version={app.version}
                actions={app.actions}
                nextStageName={app.actions.includes("approve") ? STATUS_NAMES[next][lang] : null}
              />
            )}
          </section>

          <section aria-labelledby="history-heading">
            <h2 id="history-heading" className="mb-3 text-xl font-bold">
              {t("history")}
            </h2>
            <ol className="space-y-3 border-l-2 border-slate-300 pl-4">
              {app.history.map((h) => (
                <li key={h.id}>
                  <p className="font-medium">
                    {actionName(h.action)}
                    {/* "退回补正 → 退回补正" says nothing twice: the status only where it differs from the action. */}
                    {STATUS_NAMES[h.toStatus][lang] !== actionName(h.action)
                      ? ` → ${STATUS_NAMES[h.toStatus][lang]}`
                      : ""}
                  </p>
                  <p className="text-sm text-slate-600">
                    {dateTime(h.at)} · {h.actorName ?? t("system")}
                  </p>
                  {h.comment ? <p className="text-slate-800">{t("comment", { comment: h.comment })}</p> : null}
                  {h.items.length > 0 ? (
                    <>
                      <p className="text-slate-800">{t("items")}</p>
                      <ul className="list-disc pl-5 text-slate-800">
                        {h.items.map((item, i) => (
                          <li key={i}>{item}</li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </>
  );
}
