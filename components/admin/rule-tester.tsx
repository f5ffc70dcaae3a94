"use client";
// Tests the rule being built against a sample profile, in the browser: explain() is pure, so the verdict follows
// every keystroke and nobody's real data is involved.
import { useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { explain, FACTS, type TFactKey, type TFacts, type TOutcome, type TRule } from "@/lib/domain/eligibility";
import { Badge } from "@/components/ui/notice";
import { FactInput, factName, FieldLabel } from "./fact-input";

const TONES: Record<TOutcome, "success" | "warning" | "danger"> = {
  ELIGIBLE: "success",
  NEEDS_INFO: "warning",
  INELIGIBLE: "danger",
};

/** The sample's typed text as facts; what is blank, or not a number where one is needed, is left unanswered. */
function sampleFacts(sample: Record<string, string>, keys: TFactKey[]): TFacts {
  const facts: Record<string, unknown> = {};
  for (const key of keys) {
    const text = (sample[key] ?? "").trim();
    if (text === "") continue;
    const def = FACTS[key];
    if (def.type === "integer" || def.type === "number") {
      const n = Number(text);
      if (Number.isFinite(n)) facts[key] = n;
    } else if (def.type === "boolean") {
      facts[key] = text === "true";
    } else {
      facts[key] = text;
    }
  }
  return facts as TFacts;
}

export function RuleTester({ rule, facts }: { rule: TRule | null; facts: TFactKey[] }) {
  const t = useTranslations("ruleBuilder.tester");
  const locale = useLocale();
  const uid = useId();
  // Kept for facts that leave the rule and come back, so an admin does not type the sample twice.
  const [sample, setSample] = useState<Record<string, string>>({});
  const result = rule ? explain(rule, sampleFacts(sample, facts), { asOf: new Date() }) : null;

  return (
    <section aria-labelledby={`${uid}-title`} className="mt-4 rounded-md border border-slate-300 p-3">
      <h3 id={`${uid}-title`} className="mb-1 font-bold">
        {t("title")}
      </h3>
      <p className="mb-3 text-sm text-slate-700">{t("lead")}</p>
      {facts.length === 0 ? (
        <p className="text-slate-700">{t("noFacts")}</p>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          {facts.map((key) => (
            <div key={key} className="min-w-0">
              <FieldLabel htmlFor={`${uid}-${key}`}>{factName(FACTS[key], locale)}</FieldLabel>
              <FactInput
                id={`${uid}-${key}`}
                def={FACTS[key]}
                value={sample[key] ?? ""}
                placeholder={t("unset")}
                onChange={(value) => setSample((s) => ({ ...s, [key]: value }))}
              />
            </div>
          ))}
        </div>
      )}
      {facts.length > 0 && !result ? <p className="mt-3 text-slate-700">{t("incomplete")}</p> : null}
      <div role="status" aria-live="polite" className="mt-3">
        {result ? (
          <>
            <p className="mb-2">
              <span className="mr-2 font-medium">{t("result")}</span>
              <Badge tone={TONES[result.outcome]}>{t(`outcomes.${result.outcome}`)}</Badge>
            </p>
            <p className="sr-only">{t("conditions")}</p>
            <ul className="space-y-1 text-sm">
              {result.conditions.map((c, i) => (
                <li key={i} className="break-words">
                  {locale === "zh-CN" ? c.text : c.textEn}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}
