"use client";
// The public self-check (政策计算器): after each answer the browser asks POST /api/v1/eligibility/check for every
// verdict, and nextQuestion() picks what to ask from the verdicts still undecided. Answers stay in this tab.
import { useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { nextQuestion, openQuestions, parseAnswer, type TAnswerError, type TFactKey } from "@/lib/domain/eligibility";
import type { TVerdict } from "@/lib/server/eligibility";
import { Button } from "@/components/ui/button";
import { Question, factLabel } from "./question";
import { Results } from "./results";
import { EMPTY_STATE, loadState, saveState, type TAnswers, type TSelfCheckState } from "./storage";

type TCheck =
  | { ok: true; items: TVerdict[] }
  /** The API refused an answer: shown next to the input. */
  | { ok: false; field: string }
  /** Nothing wrong with the answers; the visitor can try again. */
  | { ok: false; retry: string };

interface TApiError {
  message?: string;
  messageEn?: string;
  fields?: Record<string, { message: string; messageEn: string }>;
}

function withFact(list: TFactKey[], fact: TFactKey): TFactKey[] {
  return list.includes(fact) ? list : [...list, fact];
}

export function SelfCheck() {
  const t = useTranslations("selfCheck");
  const locale = useLocale();
  const [state, setState] = useState<TSelfCheckState | null>(null);
  const [verdicts, setVerdicts] = useState<TVerdict[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; retry: () => void } | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  /** A question the visitor chose (going back, changing an answer); otherwise nextQuestion() decides. */
  const [editing, setEditing] = useState<TFactKey | null>(null);
  const [showResults, setShowResults] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moveFocus = useRef(false);
  // Only the latest request may update the page (a restart while one is under way makes it stale).
  const seq = useRef(0);

  const pick = (m: { message?: string; messageEn?: string }) => (locale === "zh-CN" ? m.message : m.messageEn) ?? "";

  async function check(answers: TAnswers, fact: TFactKey | null): Promise<TCheck> {
    try {
      const res = await fetch("/api/v1/eligibility/check", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ facts: answers }),
      });
      if (res.ok) return { ok: true, items: ((await res.json()) as { items: TVerdict[] }).items };
      if (res.status === 429) {
        return { ok: false, retry: t("rateLimited", { seconds: Number(res.headers.get("Retry-After")) || 60 }) };
      }
      const error = ((await res.json().catch(() => null)) as { error?: TApiError } | null)?.error;
      if (res.status === 400 && error?.fields) {
        const field = (fact && error.fields[`facts.${fact}`]) || Object.values(error.fields)[0];
        if (field) return { ok: false, field: pick(field) };
      }
      return { ok: false, retry: t("failed", { message: error ? pick(error) : `HTTP ${res.status}` }) };
    } catch {
      return { ok: false, retry: t("network") };
    }
  }

  /**
   * Checks `next` and, if the API accepts it, makes it the visitor's answers. `fact` is the answer just given, whose
   * error the API may report; `focus` is false only for the first load, which should not jump past the page's intro.
   */
  async function apply(next: TSelfCheckState, fact: TFactKey | null, after?: () => void, focus = true) {
    const mine = ++seq.current;
    setBusy(true);
    setFailure(null);
    setFieldError(null);
    const result = await check(next.answers, fact);
    if (mine !== seq.current) return;
    setBusy(false);
    if (result.ok) {
      setState(next);
      saveState(next);
      setVerdicts(result.items);
      after?.();
      moveFocus.current = focus;
    } else if ("field" in result && fact !== null) {
      setFieldError(result.field);
    } else {
      // Answers restored from an earlier version can be refused too; "重新开始" is offered beside the message.
      const message = "field" in result ? result.field : result.retry;
      setFailure({ message, retry: () => void apply(next, fact, after, focus) });
    }
  }

  // Restores this tab's answers once, after hydration (sessionStorage does not exist on the server).
  useEffect(() => {
    void apply(loadState(), null, undefined, false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  const answered = state ? (Object.keys(state.answers) as TFactKey[]) : [];
  const progress = { answered, skipped: state?.skipped ?? [] };
  const open = verdicts ? openQuestions(verdicts, progress) : [];
  const current = editing ?? (verdicts && !showResults ? nextQuestion(verdicts, progress) : null);
  const view = !state || !verdicts ? "loading" : current ? `question:${current}` : "results";

  // Each step moves focus to its heading, so screen readers announce the new question; not on first load.
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    headingRef.current?.focus();
  }, [view]);

  const go = (fact: TFactKey | null, results = false) => {
    setEditing(fact);
    setShowResults(results);
    setFieldError(null);
    moveFocus.current = true;
  };

  const commit = (next: TSelfCheckState) => {
    setState(next);
    saveState(next);
  };

  const errorText = (fact: TFactKey, error: TAnswerError) =>
    error === "required" ? t("errors.required", { label: factLabel(fact, locale) }) : t(`errors.${error}`);

  const answer = (fact: TFactKey, raw: string) => {
    if (!state || busy) return;
    const parsed = parseAnswer(fact, raw);
    if (!parsed.ok) {
      setFieldError(errorText(fact, parsed.error));
      return;
    }
    const next: TSelfCheckState = {
      answers: { ...state.answers, [fact]: parsed.value },
      skipped: state.skipped.filter((f) => f !== fact),
      history: withFact(state.history, fact),
    };
    void apply(next, fact, () => setEditing(null));
  };

  const skip = (fact: TFactKey) => {
    if (!state || busy) return;
    const { [fact]: dropped, ...answers } = state.answers;
    const next = { answers, skipped: withFact(state.skipped, fact), history: withFact(state.history, fact) };
    // Skipping a question answered before takes its answer back, which can change the verdicts.
    if (dropped !== undefined) void apply(next, null, () => setEditing(null));
    else {
      commit(next);
      go(null);
    }
  };

  const restart = () => {
    saveState(null);
    setState(EMPTY_STATE);
    setVerdicts(null);
    setEditing(null);
    setShowResults(false);
    void apply(EMPTY_STATE, null);
  };

  // "上一步": the question before the one shown, in the order they were answered.
  const history = state?.history ?? [];
  const at = current && history.includes(current) ? history.indexOf(current) : history.length;
  const previous = at > 0 ? history[at - 1] : undefined;

  return (
    <div className="max-w-3xl">
      {failure ? (
        <div role="alert" className="mb-6 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
          <p className="mb-3">{failure.message}</p>
          <Button type="button" onClick={failure.retry}>
            {t("retry")}
          </Button>
        </div>
      ) : null}

      {view === "loading" ? (
        failure ? null : (
          <p className="text-slate-700">{t("loading")}</p>
        )
      ) : current && state ? (
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <p id="self-check-progress" className="mb-1 text-sm text-slate-700">
            {open.length > 0
              ? t("progressRemaining", { answered: answered.length, remaining: open.length })
              : t("progress", { answered: answered.length })}
          </p>
          <progress
            aria-labelledby="self-check-progress"
            value={answered.length}
            max={Math.max(1, answered.length + open.length)}
            className="mb-5 block h-2 w-full overflow-hidden rounded-full bg-slate-200 [&::-moz-progress-bar]:bg-brand-700 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-700"
          />
          <Question
            key={current}
            fact={current}
            value={state.answers[current]}
            error={fieldError}
            busy={busy}
            headingRef={headingRef}
            onAnswer={(raw) => answer(current, raw)}
            onSkip={() => skip(current)}
          />
          <div className="mt-6 flex flex-wrap gap-x-6 gap-y-1 border-t border-slate-200 pt-4">
            {previous ? (
              <button type="button" onClick={() => go(previous)} className={linkButton}>
                {t("back")}
              </button>
            ) : null}
            <button type="button" onClick={() => go(null, true)} className={linkButton}>
              {t("showResults")}
            </button>
          </div>
        </div>
      ) : state && verdicts ? (
        <Results
          verdicts={verdicts}
          state={state}
          remaining={open.length}
          headingRef={headingRef}
          onAnswer={(facts) => {
            commit({ ...state, skipped: state.skipped.filter((f) => !facts.includes(f)) });
            go(facts[0]!);
          }}
          onChange={(fact) => go(fact)}
          onContinue={() => go(null)}
        />
      ) : null}

      {/* Below the question, where the visitor just tapped; present from the start so it is announced. */}
      <div role="status" aria-live="polite" className="my-3 min-h-6 font-medium text-slate-700">
        {busy ? t("busy") : ""}
      </div>
      {(state && state.history.length > 0) || failure ? (
        <Button type="button" variant="secondary" onClick={restart} className="w-full sm:w-auto">
          {t("restart")}
        </Button>
      ) : null}
    </div>
  );
}

const linkButton =
  "inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-2 focus-visible:outline-3 focus-visible:outline-amber-400";
