"use client";
// 统计可匹配人数: asks the server how many current talents the rule being built would find. Counts only.
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";

export interface TRuleCounts {
  eligible: number;
  needsInfo: number;
  ineligible: number;
  total: number;
}
export type TRuleCountAnswer = { status: "ok"; counts: TRuleCounts } | { status: "error"; message: string };
export type TRuleCountAction = (ruleJson: string) => Promise<TRuleCountAnswer>;

const buttonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-white px-5 py-2 text-base font-medium text-brand-800 ring-1 ring-inset ring-brand-700 hover:bg-brand-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-400 disabled:text-slate-500 disabled:ring-slate-300";

export function RuleMatchCount({ ruleJson, action }: { ruleJson: string | null; action: TRuleCountAction }) {
  const t = useTranslations("ruleBuilder.count");
  const [pending, startTransition] = useTransition();
  // The answer belongs to the rule it was asked for; an edited rule hides it rather than showing stale numbers.
  const [answer, setAnswer] = useState<{ json: string; answer: TRuleCountAnswer } | null>(null);
  const current = answer && answer.json === ruleJson ? answer.answer : null;

  const count = () => {
    if (!ruleJson) return;
    startTransition(async () => {
      try {
        setAnswer({ json: ruleJson, answer: await action(ruleJson) });
      } catch {
        // The action answers expected problems itself; this is the network or a server that went away.
        setAnswer({ json: ruleJson, answer: { status: "error", message: t("failed") } });
      }
    });
  };

  return (
    <div className="mt-4 rounded-md border border-slate-300 p-3">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={buttonClass}
          disabled={!ruleJson || pending}
          aria-busy={pending || undefined}
          aria-describedby="rule-count-hint"
          onClick={count}
        >
          {pending ? t("busy") : t("button")}
        </button>
        <p id="rule-count-hint" className="text-sm text-slate-600">
          {ruleJson ? t("hint") : t("needValid")}
        </p>
      </div>
      <div role="status" aria-live="polite" className="mt-2">
        {current?.status === "ok" ? <p className="font-medium">{t("result", { ...current.counts })}</p> : null}
        {current?.status === "error" ? <p className="font-medium text-red-700">{current.message}</p> : null}
      </div>
    </div>
  );
}
