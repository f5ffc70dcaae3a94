import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { TFormState } from "@/lib/form-state";
import type { TEmployerApplications } from "@/lib/server/application-review";
import { EmployerApplicationForm } from "./employer-application-form";
import { MaterialList } from "./material-list";

/** /org: the applications waiting for this employer's confirmation (单位审核), and the last ones it decided. */
export async function EmployerApplications({
  data,
  action,
}: {
  data: TEmployerApplications;
  action: (prev: TFormState, data: FormData) => Promise<TFormState>;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("review.org"), getFormatter(), getLocale()]);
  const en = locale === "en";
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "");
  return (
    <section aria-labelledby="applications-heading" className="mb-8">
      <h2 id="applications-heading" className="mb-1 text-xl font-bold">
        {t("heading", { count: data.waiting.length })}
      </h2>
      {data.waiting.length === 0 ? (
        <p className="mb-4 text-slate-700">{t("none")}</p>
      ) : (
        <p className="mb-4 text-slate-700">{t("intro")}</p>
      )}
      <div className="space-y-4">
        {data.waiting.map((a) => {
          const title = `${a.user.displayName} · ${en ? a.program.nameEn : a.program.name}`;
          return (
            <article
              key={a.id}
              aria-labelledby={`application-${a.id}`}
              className="rounded-lg border-2 border-amber-600 bg-white p-4 shadow-sm sm:p-5"
            >
              <h3 id={`application-${a.id}`} className="mb-1 text-lg font-bold">
                {title}
              </h3>
              <p className="mb-3 text-sm text-slate-600">{t("submittedOn", { date: date(a.submittedAt) })}</p>
              <dl className="mb-3 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-600">{t("reference")}</dt>
                <dd className="font-mono">{a.reference}</dd>
                <dt className="text-slate-600">{t("program")}</dt>
                <dd>{en ? a.program.nameEn : a.program.name}</dd>
                <dt className="text-slate-600">{t("tier")}</dt>
                <dd>{en ? a.tier.nameEn : a.tier.name}</dd>
                {a.answers.summary ? (
                  <>
                    <dt className="text-slate-600">{t("summary")}</dt>
                    <dd className="whitespace-pre-line">{a.answers.summary}</dd>
                  </>
                ) : null}
              </dl>
              <MaterialList items={a.materials} />
              <EmployerApplicationForm action={action} applicationId={a.id} version={a.version} title={title} />
            </article>
          );
        })}
      </div>
      {data.decided.length > 0 ? (
        <>
          <h3 className="mt-6 mb-2 text-lg font-bold">{t("recent")}</h3>
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
            {data.decided.map((d) => (
              <li key={d.id} className="p-3">
                <p className="font-medium">
                  {d.application.user.displayName} · {en ? d.application.tier.nameEn : d.application.tier.name}
                  <span className="ml-2 font-mono text-sm font-normal text-slate-600">{d.application.reference}</span>
                </p>
                <p className="text-sm text-slate-700">
                  {date(d.at)} · {d.confirmed ? t("recentConfirmed") : t("recentDeclined", { reason: d.comment ?? "" })}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
