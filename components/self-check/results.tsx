"use client";
// The verdicts, grouped 符合 / 需补充信息 / 不符合, each with every condition and the next step, and the visitor's
// answers with a way to change each.
import type { ReactNode, Ref } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { districtName } from "@/lib/domain/districts";
import { askedAs, FACTS, type TFactKey, type TFactValue, type TOutcome } from "@/lib/domain/eligibility";
import type { TVerdict } from "@/lib/server/eligibility";
import { Badge } from "@/components/ui/notice";
import { verdictHref } from "@/components/eligibility/verdict-card";
import { Button } from "@/components/ui/button";
import { factLabel } from "./question";
import type { TSelfCheckState } from "./storage";

const GROUPS: readonly TOutcome[] = ["ELIGIBLE", "NEEDS_INFO", "INELIGIBLE"];
const TONE = { ELIGIBLE: "success", NEEDS_INFO: "warning", INELIGIBLE: "danger" } as const;
const LINE = { PASS: "text-green-800", FAIL: "text-red-800", UNKNOWN: "text-amber-900" } as const;

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

function formatAnswer(fact: TFactKey, value: TFactValue, locale: string, yesNo: [string, string]): string {
  const def = FACTS[fact];
  const zh = locale === "zh-CN";
  switch (def.type) {
    case "enum": {
      const v = def.values.find((x) => x.value === value);
      return v ? (zh ? v.name : v.nameEn) : String(value);
    }
    case "boolean":
      return value ? yesNo[0] : yesNo[1];
    case "integer":
    case "number":
      return `${NUMBER.format(value as number)} ${zh ? def.unit : def.unitEn}`;
    default:
      return String(value);
  }
}

export function Results({
  verdicts,
  state,
  remaining,
  headingRef,
  onAnswer,
  onChange,
  onContinue,
}: {
  verdicts: TVerdict[];
  state: TSelfCheckState;
  /** Questions still open; offers to continue when there are some. */
  remaining: number;
  headingRef: Ref<HTMLHeadingElement>;
  /** Asks the given questions again, even those skipped. */
  onAnswer: (facts: TFactKey[]) => void;
  onChange: (fact: TFactKey) => void;
  onContinue: () => void;
}) {
  const t = useTranslations("selfCheck");
  const locale = useLocale();
  const zh = locale === "zh-CN";
  const sep = zh ? "、" : ", ";
  const count = (o: TOutcome) => verdicts.filter((v) => v.outcome === o).length;
  const meLink = (chunks: ReactNode) => <Link href="/me/matches">{chunks}</Link>;

  return (
    <>
      <section aria-labelledby="self-check-results" className="mb-8">
        <h2
          id="self-check-results"
          ref={headingRef}
          tabIndex={-1}
          className="mb-2 text-xl font-bold focus:outline-none sm:text-2xl"
        >
          {t("resultsTitle")}
        </h2>
        <p aria-live="polite" className="mb-2 text-slate-800">
          {verdicts.length === 0
            ? t("noPolicies")
            : t("summary", {
                total: verdicts.length,
                eligible: count("ELIGIBLE"),
                needsInfo: count("NEEDS_INFO"),
                ineligible: count("INELIGIBLE"),
              })}
        </p>
        <p className="mb-4 text-sm text-slate-600">{t("reference")}</p>
        {remaining > 0 ? (
          <Button type="button" onClick={onContinue} className="mb-6 w-full sm:w-auto">
            {t("backToQuestions", { remaining })}
          </Button>
        ) : null}

        {GROUPS.filter((g) => count(g) > 0).map((group) => (
          <section key={group} aria-labelledby={`group-${group}`} className="mb-6">
            <h3 id={`group-${group}`} className="mb-3 text-lg font-bold">
              {t("groupTitle", { outcome: t(`outcomes.${group}`), count: count(group) })}
            </h3>
            <ol className="space-y-4">
              {verdicts
                .filter((v) => v.outcome === group)
                .map((v) => {
                  const needed = [
                    ...new Set(v.missingFacts.map((f) => (state.answers[askedAs(f)] === undefined ? askedAs(f) : f))),
                  ];
                  const failed = v.conditions.filter((c) => c.result === "FAIL");
                  const askable = needed.filter((f) => f === askedAs(f) && state.answers[f] === undefined);
                  return (
                    <li key={v.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
                      <article aria-labelledby={`policy-${v.id}`}>
                        <h4 id={`policy-${v.id}`} className="mb-1 text-base font-bold sm:text-lg">
                          <Link href={verdictHref(v)}>{v.title}</Link>
                        </h4>
                        <p className="mb-3 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                          <span>{districtName(v.districtCode, locale) ?? v.districtName}</span>
                          <Badge tone={TONE[v.outcome]}>{t(`outcomes.${v.outcome}`)}</Badge>
                          {v.applyFree ? <Badge>{t("applyFree")}</Badge> : null}
                        </p>
                        <ul aria-label={t("conditions")} className="mb-3 space-y-1">
                          {v.conditions.map((c, i) => (
                            <li key={i} className={`break-words ${LINE[c.result]}`}>
                              <span className="sr-only">{t(`results.${c.result}`)}</span>
                              {zh ? c.text : c.textEn}
                            </li>
                          ))}
                        </ul>
                        {v.ruleNote ? <p className="mb-3 text-sm text-slate-600">{v.ruleNote}</p> : null}
                        <div className="border-t border-slate-200 pt-3">
                          {v.outcome === "ELIGIBLE" ? (
                            <>
                              <p>
                                {t("nextStep")}
                                <Link href={verdictHref(v)}>{t("apply")}</Link>
                              </p>
                              {v.applyFree ? (
                                <p className="mt-1 text-sm text-slate-700">
                                  {t.rich("applyFreeHint", { link: meLink })}
                                </p>
                              ) : null}
                            </>
                          ) : null}
                          {v.outcome === "NEEDS_INFO" ? (
                            <>
                              <p className="mb-2">
                                {t("stillNeeded", { facts: needed.map((f) => factLabel(f, locale)).join(sep) })}
                              </p>
                              {askable.length > 0 ? (
                                <Button
                                  type="button"
                                  variant="secondary"
                                  onClick={() => onAnswer(askable)}
                                  className="w-full sm:w-auto"
                                >
                                  {t("answerThese")}
                                </Button>
                              ) : null}
                              {askable.length < needed.length ? (
                                <p className="text-sm text-slate-700">{t("needsProfile")}</p>
                              ) : null}
                            </>
                          ) : null}
                          {v.outcome === "INELIGIBLE" ? (
                            <>
                              <p>{t("failedConditions")}</p>
                              <ul className="list-disc pl-5">
                                {failed.map((c, i) => (
                                  <li key={i}>{zh ? c.requirement : c.requirementEn}</li>
                                ))}
                              </ul>
                            </>
                          ) : null}
                        </div>
                      </article>
                    </li>
                  );
                })}
            </ol>
          </section>
        ))}
      </section>

      <section
        aria-labelledby="self-check-answers"
        className="mb-8 rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
      >
        <h2 id="self-check-answers" className="mb-3 text-lg font-bold">
          {t("yourAnswers")}
        </h2>
        {state.history.length === 0 ? (
          <p className="text-slate-700">{t("noAnswers")}</p>
        ) : (
          <dl className="divide-y divide-slate-200">
            {state.history.map((fact) => {
              const value = state.answers[fact];
              return (
                <div key={fact} className="grid grid-cols-[1fr_auto] items-center gap-x-4 py-2">
                  <dt className="text-sm text-slate-600">{factLabel(fact, locale)}</dt>
                  <dd className="col-start-1 font-medium">
                    {value === undefined ? t("skipped") : formatAnswer(fact, value, locale, [t("yes"), t("no")])}
                  </dd>
                  <dd className="col-start-2 row-span-2 row-start-1">
                    <button
                      type="button"
                      onClick={() => onChange(fact)}
                      aria-label={t("changeLabel", { label: factLabel(fact, locale) })}
                      className="min-h-11 px-1 font-medium text-brand-700 underline underline-offset-2 focus-visible:outline-3 focus-visible:outline-amber-400"
                    >
                      {t("change")}
                    </button>
                  </dd>
                </div>
              );
            })}
          </dl>
        )}
      </section>
    </>
  );
}
