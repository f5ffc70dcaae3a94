"use client";
// One question per step (GOV.UK "one thing per page"): the question is the legend, and the input fits the fact.
import { useMemo, type FormEvent, type Ref } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FACTS, answerToInput, type TFactKey, type TFactValue } from "@/lib/domain/eligibility";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";

const inputClass =
  "block min-h-11 w-full max-w-xs rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 focus:border-brand-700 focus:outline-3 focus:outline-offset-0 focus:outline-amber-400 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

export function factLabel(fact: TFactKey, locale: string): string {
  return locale === "zh-CN" ? FACTS[fact].label : FACTS[fact].labelEn;
}

export function Question({
  fact,
  value,
  error,
  busy,
  headingRef,
  onAnswer,
  onSkip,
}: {
  fact: TFactKey;
  value: TFactValue | undefined;
  error: string | null;
  busy: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onAnswer: (raw: string) => void;
  onSkip: () => void;
}) {
  const t = useTranslations("selfCheck");
  const locale = useLocale();
  const zh = locale === "zh-CN";
  const def = FACTS[fact];
  const label = factLabel(fact, locale);
  // The catalogue's age question mentions the date of birth and ID number, which this page never asks for.
  const question = fact === "age" ? t("ageQuestion") : zh ? def.question : def.questionEn;
  const errorId = error ? `${fact}-error` : undefined;
  const initial = answerToInput(value);
  // Stable across re-renders: ErrorSummary takes focus whenever this object changes.
  const fieldErrors = useMemo(() => (error ? { [fact]: [error] } : {}), [fact, error]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const raw = new FormData(e.currentTarget).get("answer");
    onAnswer(typeof raw === "string" ? raw : "");
  };

  const choices =
    def.type === "enum"
      ? def.values.map((v) => ({ value: v.value, label: zh ? v.name : v.nameEn }))
      : def.type === "boolean"
        ? [
            { value: "true", label: t("yes") },
            { value: "false", label: t("no") },
          ]
        : null;

  let input;
  if (choices) {
    input = (
      <div className={`grid gap-2 ${choices.length > 3 ? "sm:grid-cols-2" : ""}`}>
        {choices.map((c, i) => (
          <label
            key={c.value}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 has-checked:border-brand-700 has-checked:bg-brand-50"
          >
            <input
              type="radio"
              name="answer"
              id={i === 0 ? fact : `${fact}-${i}`}
              value={c.value}
              defaultChecked={initial === c.value}
              className="h-5 w-5 shrink-0 accent-brand-700"
            />
            {c.label}
          </label>
        ))}
      </div>
    );
  } else {
    const numeric = def.type === "integer" || def.type === "number";
    input = (
      <>
        <label htmlFor={fact} className="mb-1 block font-medium text-slate-900">
          {numeric ? t("answerLabel", { label, unit: zh ? def.unit : def.unitEn }) : label}
        </label>
        <input
          id={fact}
          name="answer"
          type={def.type === "date" ? "date" : "text"}
          inputMode={def.type === "integer" ? "numeric" : def.type === "number" ? "decimal" : undefined}
          autoComplete="off"
          spellCheck={false}
          defaultValue={initial}
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
          className={`${inputClass} ${numeric ? "sm:max-w-48" : ""}`}
        />
      </>
    );
  }

  return (
    <form noValidate onSubmit={submit} aria-busy={busy || undefined}>
      <ErrorSummary title={t("errorTitle")} fieldErrors={fieldErrors} labels={{ [fact]: label }} />
      <fieldset
        aria-describedby={choices ? errorId : undefined}
        className={`mb-6 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}
      >
        <legend className="mb-3">
          <h2 ref={headingRef} tabIndex={-1} className="text-xl font-bold focus:outline-none sm:text-2xl">
            {question}
          </h2>
        </legend>
        {error ? (
          <p id={errorId} className="mb-2 font-medium text-red-700">
            {error}
          </p>
        ) : null}
        {input}
      </fieldset>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit">{t("continue")}</Button>
        <Button type="button" variant="secondary" onClick={onSkip}>
          {t("skip")}
        </Button>
      </div>
    </form>
  );
}
