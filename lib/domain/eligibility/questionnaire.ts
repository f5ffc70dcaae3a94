// The self-check questionnaire (政策计算器): which fact to ask next, and how a typed answer becomes a fact value.
// Pure, so the browser and the tests run the same choice.
import { FACT_KEYS, FACTS, isIsoDate, type TFactKey, type TFactValue } from "./facts";
import type { TOutcome } from "./evaluate";

/** What the questionnaire reads from a verdict: its outcome and the facts that could still change it. */
export interface TOpenVerdict {
  outcome: TOutcome;
  missingFacts: readonly TFactKey[];
}

/**
 * Anonymous visitors are not asked for an ID number or a date of birth: a rule that needs either (or age) is asked
 * for age in whole years, which is all the portal derives from them.
 */
const ASKED_AS: Partial<Record<TFactKey, TFactKey>> = { birthDate: "age", idNumber: "age" };

export function askedAs(fact: TFactKey): TFactKey {
  return ASKED_AS[fact] ?? fact;
}

export interface TQuestionnaireState {
  /** Facts the visitor has answered; never asked again unless they go back. */
  answered: readonly TFactKey[];
  /** Facts the visitor chose to skip ("不清楚"). */
  skipped: readonly TFactKey[];
}

/**
 * For each fact still worth asking, the number of undecided (NEEDS_INFO) verdicts that need it, counting a verdict
 * once per fact. Decided verdicts need nothing, which is what screens out questions that only a rule already failed
 * (or passed) would use. In catalogue order.
 */
export function openQuestions(
  verdicts: readonly TOpenVerdict[],
  state: TQuestionnaireState,
): { fact: TFactKey; count: number }[] {
  const excluded = new Set<TFactKey>([...state.answered, ...state.skipped]);
  const counts = new Map<TFactKey, number>();
  for (const v of verdicts) {
    if (v.outcome !== "NEEDS_INFO") continue;
    for (const fact of new Set(v.missingFacts.map(askedAs))) {
      if (!excluded.has(fact)) counts.set(fact, (counts.get(fact) ?? 0) + 1);
    }
  }
  return FACT_KEYS.filter((k) => counts.has(k)).map((fact) => ({ fact, count: counts.get(fact)! }));
}

/**
 * The next question: the fact that the most undecided verdicts are missing, ties broken by catalogue order
 * (FACT_KEYS). Null when no undecided verdict has a fact left to ask, i.e. time to show the results.
 */
export function nextQuestion(verdicts: readonly TOpenVerdict[], state: TQuestionnaireState): TFactKey | null {
  let best: { fact: TFactKey; count: number } | null = null;
  // openQuestions is in catalogue order, so a strict ">" keeps the earliest fact among equals.
  for (const q of openQuestions(verdicts, state)) if (best === null || q.count > best.count) best = q;
  return best?.fact ?? null;
}

export type TAnswerError = "required" | "number" | "integer" | "negative" | "date" | "choose";
export type TParsedAnswer = { ok: true; value: TFactValue } | { ok: false; error: TAnswerError };

/**
 * Turns what the visitor typed or chose (always a string from a form control) into the fact's value, with the same
 * limits as the API's ZFacts, so mistakes are caught before a request. Numbers may carry thousands separators and
 * full-width digits, as typed on Chinese phone keyboards.
 */
export function parseAnswer(fact: TFactKey, raw: string): TParsedAnswer {
  const def = FACTS[fact];
  const text = raw.replace(/[０-９．，－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  if (text === "") return { ok: false, error: def.type === "enum" || def.type === "boolean" ? "choose" : "required" };
  switch (def.type) {
    case "integer":
    case "number": {
      const plain = text.replace(/[,\s]/g, "");
      if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(plain)) return { ok: false, error: "number" };
      const n = Number(plain);
      if (!Number.isFinite(n)) return { ok: false, error: "number" };
      if (n < 0) return { ok: false, error: "negative" };
      if (def.type === "integer" && !Number.isInteger(n)) return { ok: false, error: "integer" };
      return { ok: true, value: n };
    }
    case "boolean":
      if (text === "true") return { ok: true, value: true };
      if (text === "false") return { ok: true, value: false };
      return { ok: false, error: "choose" };
    case "enum":
      return def.values.some((v) => v.value === text) ? { ok: true, value: text } : { ok: false, error: "choose" };
    case "date":
      return isIsoDate(text) ? { ok: true, value: text } : { ok: false, error: "date" };
    case "string":
      return { ok: true, value: text };
  }
}

/** The inverse of parseAnswer, to fill the form control when the visitor goes back to a question. */
export function answerToInput(value: TFactValue | undefined): string {
  if (value === undefined) return "";
  return String(value);
}
