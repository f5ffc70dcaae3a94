import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth";
import { Link } from "@/lib/i18n/navigation";
import { ACTION_NAMES, holderOf, ROLE_NAMES, STATUS_NAMES } from "@/lib/domain/application-status";
import { getMyApplication, stagesOf } from "@/lib/server/applications";
import { UserError } from "@/lib/server/errors";
import { Badge, Notice } from "@/components/ui/notice";
import { AnswersForm, SubmitForm, UploadForm, WithdrawForm } from "@/components/applications/application-forms";
import { removeMaterialAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applications"))("title") };
}

const EDITABLE = new Set(["DRAFT", "RETURNED"]);
const WITHDRAWABLE = new Set(["DRAFT", "EMPLOYER_REVIEW", "FIRST_REVIEW", "EXPERT_REVIEW", "FINAL_REVIEW", "RETURNED"]);

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireRole(["TALENT"]);
  const app = await getMyApplication(actor, id).catch((error: unknown) => {
    if (error instanceof UserError) notFound();
    throw error;
  });
  const [t, format, locale] = await Promise.all([getTranslations("applications"), getFormatter(), getLocale()]);
  const en = locale === "en";
  const name = (n: { zh: string; en: string }) => (en ? n.en : n.zh);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const editable = EDITABLE.has(app.status);
  const holder = holderOf(app.status);
  const stages = stagesOf(app.program);
  const given = new Set(app.materials.map((m) => m.item));
  const tasks = [
    { key: "answers", done: !!app.answers.summary && (!app.program.classes.length || !!app.answers.class) },
    { key: "materials", done: app.program.materials.every((m) => !m.required || given.has(m.key)) },
  ];
  return (
    <>
      <p className="mb-3">
        <Link href="/me/applications">← {t("title")}</Link>
      </p>
      <h1 className="mb-1 text-2xl font-bold leading-snug">
        {en ? app.program.nameEn : app.program.name} · {en ? app.tier.nameEn : app.tier.name}
      </h1>
      <p className="mb-4 text-slate-700">{app.batch.name}</p>

      <section
        aria-labelledby="progress"
        className="mb-8 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
      >
        <h2 id="progress" className="mb-2 text-xl font-bold">
          {t("progress")}
        </h2>
        <dl className="mb-3 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-600">{t("status")}</dt>
          <dd>
            <Badge tone={app.status === "RETURNED" ? "warning" : app.status === "RECOGNISED" ? "success" : "neutral"}>
              {name(STATUS_NAMES[app.status])}
            </Badge>
          </dd>
          {app.reference ? (
            <>
              <dt className="text-slate-600">{t("reference")}</dt>
              <dd className="font-mono">{app.reference}</dd>
            </>
          ) : null}
          <dt className="text-slate-600">{t("holder")}</dt>
          <dd>
            {holder === "EMPLOYER_HR" && app.employer
              ? app.employer.name
              : holder
                ? name(ROLE_NAMES[holder])
                : t("closed")}
          </dd>
          <dt className="text-slate-600">{t("sinceLabel")}</dt>
          <dd>{when(app.statusSince)}</dd>
        </dl>
        <ol className="mb-4 flex flex-wrap gap-2" aria-label={t("stages")}>
          {stages.map((s) => (
            <li
              key={s}
              aria-current={app.status === s ? "step" : undefined}
              className={`rounded px-2 py-1 text-sm ${app.status === s ? "bg-brand-700 text-white" : "bg-slate-100 text-slate-800"}`}
            >
              {name(STATUS_NAMES[s])}
            </li>
          ))}
          <li className="rounded bg-slate-100 px-2 py-1 text-sm text-slate-800">{name(STATUS_NAMES.PUBLIC_NOTICE)}</li>
          <li className="rounded bg-slate-100 px-2 py-1 text-sm text-slate-800">{name(STATUS_NAMES.RECOGNISED)}</li>
        </ol>
        {app.history.length ? (
          <>
            <h3 className="mb-1 font-bold">{t("history")}</h3>
            <ol className="space-y-1">
              {app.history.map((h) => (
                <li key={h.id}>
                  <time dateTime={h.at.toISOString()} className="text-sm text-slate-600">
                    {when(h.at)}
                  </time>{" "}
                  {name(ACTION_NAMES[h.action as keyof typeof ACTION_NAMES] ?? { zh: h.action, en: h.action })} →{" "}
                  {name(STATUS_NAMES[h.toStatus])}
                  {h.comment ? (
                    <span className="block text-slate-700">{t("reason", { reason: h.comment })}</span>
                  ) : null}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </section>

      {app.status === "RETURNED" ? (
        <Notice tone="warning">
          <h2 className="mb-1 font-bold">{t("returnedTitle")}</h2>
          <ul className="list-disc pl-5">
            {app.returnItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </Notice>
      ) : null}

      {editable ? (
        <>
          <section aria-labelledby="tasks" className="mb-8">
            <h2 id="tasks" className="mb-3 text-xl font-bold">
              {t("tasks")}
            </h2>
            <ol className="mb-6 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {tasks.map((task) => (
                <li key={task.key} className="flex items-center justify-between gap-3 p-3">
                  <a href={`#part-${task.key}`}>{t(`part.${task.key}`)}</a>
                  <Badge tone={task.done ? "success" : "warning"}>{task.done ? t("done") : t("todo")}</Badge>
                </li>
              ))}
            </ol>
          </section>

          <section
            id="part-answers"
            aria-labelledby="answers-h"
            className="mb-8 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
          >
            <h2 id="answers-h" className="mb-3 text-xl font-bold">
              {t("part.answers")}
            </h2>
            <AnswersForm
              applicationId={app.id}
              version={app.version}
              classes={app.program.classes}
              answers={app.answers}
            />
          </section>

          <section id="part-materials" aria-labelledby="materials-h" className="mb-8">
            <h2 id="materials-h" className="mb-3 text-xl font-bold">
              {t("part.materials")}
            </h2>
            <div className="space-y-4">
              {app.program.materials.map((m) => {
                const files = app.materials.filter((f) => f.item === m.key);
                return (
                  <section
                    key={m.key}
                    aria-labelledby={`item-${m.key}`}
                    className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
                  >
                    <div className="mb-2 flex flex-wrap items-center gap-2">
                      <h3 id={`item-${m.key}`} className="font-bold">
                        {en ? m.nameEn : m.name}
                      </h3>
                      <Badge tone={files.length ? "success" : m.required ? "warning" : "neutral"}>
                        {files.length
                          ? t("filesCount", { count: files.length })
                          : m.required
                            ? t("required")
                            : t("optional")}
                      </Badge>
                    </div>
                    {m.hint ? <p className="mb-2 text-sm text-slate-600">{m.hint}</p> : null}
                    {files.length ? (
                      <ul className="mb-3 space-y-1">
                        {files.map((f) => (
                          <li key={f.id} className="flex flex-wrap items-center gap-3">
                            <a href={`/api/materials/${f.id}`}>{f.fileName}</a>
                            <span className="text-sm text-slate-600">
                              {format.number(f.size / 1024, { maximumFractionDigits: 0 })} KB
                            </span>
                            <form action={removeMaterialAction}>
                              <input type="hidden" name="materialId" value={f.id} />
                              <input type="hidden" name="applicationId" value={app.id} />
                              <button type="submit" className="min-h-11 px-2 text-red-700 underline">
                                {t("remove")}
                                <span className="sr-only">：{f.fileName}</span>
                              </button>
                            </form>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    <UploadForm applicationId={app.id} item={m.key} itemName={en ? m.nameEn : m.name} />
                  </section>
                );
              })}
            </div>
          </section>

          <section
            id="part-submit"
            aria-labelledby="submit-h"
            className="mb-8 rounded-lg border-2 border-brand-700 bg-white p-4 shadow-sm sm:p-5"
          >
            <h2 id="submit-h" className="mb-3 text-xl font-bold">
              {t("part.submit")}
            </h2>
            <p className="mb-3 text-slate-700">{t("checkAnswers")}</p>
            <SubmitForm applicationId={app.id} version={app.version} resubmit={app.status === "RETURNED"} />
          </section>
        </>
      ) : null}

      {WITHDRAWABLE.has(app.status) ? (
        <section aria-labelledby="withdraw-h" className="mb-8">
          <h2 id="withdraw-h" className="mb-2 text-lg font-bold">
            {t("withdraw")}
          </h2>
          <WithdrawForm applicationId={app.id} version={app.version} />
        </section>
      ) : null}
    </>
  );
}
