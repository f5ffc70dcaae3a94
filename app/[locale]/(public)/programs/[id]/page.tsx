import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { getActor } from "@/lib/auth";
import { Link } from "@/lib/i18n/navigation";
import { districtName } from "@/lib/domain/districts";
import { getPublishedProgram, myProgramVerdicts, type TBenefit } from "@/lib/server/programs";
import { UserError } from "@/lib/server/errors";
import { Badge, Notice } from "@/components/ui/notice";
import { StartForm } from "@/components/applications/application-forms";

export const dynamic = "force-dynamic";

async function load(id: string) {
  try {
    return await getPublishedProgram(id);
  } catch (error) {
    if (error instanceof UserError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const program = await getPublishedProgram(id).catch(() => null);
  return { title: program?.name ?? (await getTranslations("notFound"))("title") };
}

const TONE = { ELIGIBLE: "success", NEEDS_INFO: "warning", INELIGIBLE: "danger" } as const;
const STATE_TONE = { OPEN: "success", UPCOMING: "warning", CLOSED: "neutral" } as const;

export default async function ProgramPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const program = await load(id);
  const actor = await getActor();
  const [t, te, format, current, verdicts] = await Promise.all([
    getTranslations("programs"),
    getTranslations("eligibility"),
    getFormatter(),
    getLocale(),
    myProgramVerdicts(actor, program),
  ]);
  const en = current === "en";
  const open = program.batches.some((b) => b.state === "OPEN");
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const money = (b: TBenefit) =>
    b.amount === undefined
      ? null
      : t(`amount.${b.unit ?? "ONCE"}`, { amount: format.number(b.amount, { maximumFractionDigits: 0 }) });
  const stages = [
    ...(program.employerConfirms ? [t("stages.employer")] : []),
    t("stages.first"),
    ...(program.expertReview ? [t("stages.expert")] : []),
    t("stages.final"),
    t("stages.notice", { days: program.noticeDays }),
    t("stages.recognition"),
  ];
  return (
    <article>
      <p className="mb-3">
        <Link href="/programs">← {t("back")}</Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold leading-snug">{en ? program.nameEn : program.name}</h1>
      <p className="mb-4 text-sm text-slate-600">
        {districtName(program.districtCode, current) ?? t("city")}
        {program.policy ? (
          <>
            {" · "}
            {t("basedOn")} <Link href={`/policies/${program.policy.id}`}>{program.policy.title}</Link>
          </>
        ) : null}
      </p>
      <p className="mb-6 text-slate-800">{program.description}</p>

      <section aria-labelledby="batches" className="mb-8">
        <h2 id="batches" className="mb-3 text-xl font-bold">
          {t("batches")}
        </h2>
        <ul className="space-y-2">
          {program.batches.map((b) => (
            <li key={b.id} className="flex flex-wrap items-center gap-2">
              <Badge tone={STATE_TONE[b.state]}>{t(`batchState.${b.state}`)}</Badge>
              <span>
                {t("batchLine", { name: b.name, opens: date(b.opensAt), closes: date(b.closesAt) })}
                {b.quota ? ` · ${t("quota", { quota: b.quota })}` : ""}
              </span>
            </li>
          ))}
        </ul>
      </section>

      {verdicts === null ? (
        <Notice>
          <p>
            {t.rich("checkHint", {
              selfCheck: (chunks) => <Link href="/self-check">{chunks}</Link>,
              signIn: (chunks) => <Link href={`/sign-in?callbackUrl=/programs/${program.id}`}>{chunks}</Link>,
            })}
          </p>
        </Notice>
      ) : null}

      <section aria-labelledby="tiers" className="mb-8">
        <h2 id="tiers" className="mb-3 text-xl font-bold">
          {t("tiersAndBenefits")}
        </h2>
        {program.classes.length ? (
          <p className="mb-3 text-slate-700">{t("classes", { classes: program.classes.join("、") })}</p>
        ) : null}
        <div className="space-y-4">
          {program.tiers.map((tier) => {
            const v = verdicts?.[tier.id];
            return (
              <section
                key={tier.id}
                aria-labelledby={`tier-${tier.id}`}
                className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
              >
                <div className="mb-1 flex flex-wrap items-center gap-2">
                  <h3 id={`tier-${tier.id}`} className="text-lg font-bold">
                    {en ? tier.nameEn : tier.name}
                  </h3>
                  {v ? <Badge tone={TONE[v.outcome]}>{te(`outcome.${v.outcome}`)}</Badge> : null}
                </div>
                <ul className="mb-2 list-disc pl-5">
                  {tier.benefits.map((b, i) => (
                    <li key={i}>
                      {en ? b.nameEn : b.name}
                      {money(b) ? `：${money(b)}` : ""}
                      {b.note ? <span className="block text-sm text-slate-600">{b.note}</span> : null}
                    </li>
                  ))}
                </ul>
                {open && actor?.role === "TALENT" && v?.outcome !== "INELIGIBLE" ? (
                  <div className="mb-2">
                    <StartForm programId={program.id} tierId={tier.id} tierName={en ? tier.nameEn : tier.name} />
                  </div>
                ) : null}
                {v ? (
                  <details>
                    <summary className="cursor-pointer font-medium text-brand-800">{t("yourConditions")}</summary>
                    <ul className="mt-2 space-y-1">
                      {v.conditions.map((c, i) => (
                        <li key={i}>{en ? c.textEn : c.text}</li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </section>
            );
          })}
        </div>
        {program.ruleNote ? <p className="mt-3 text-sm text-slate-600">{program.ruleNote}</p> : null}
      </section>

      <section aria-labelledby="materials" className="mb-8">
        <h2 id="materials" className="mb-3 text-xl font-bold">
          {t("materials")}
        </h2>
        <ul className="list-disc pl-5">
          {program.materials.map((m) => (
            <li key={m.key}>
              {en ? m.nameEn : m.name}
              {m.required ? "" : t("optional")}
              {m.hint ? <span className="block text-sm text-slate-600">{m.hint}</span> : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="process" className="mb-8">
        <h2 id="process" className="mb-3 text-xl font-bold">
          {t("process")}
        </h2>
        <ol className="list-decimal pl-5">
          {stages.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </section>
    </article>
  );
}
