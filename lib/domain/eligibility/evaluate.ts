import { deriveFacts, FACT_KEYS, FACTS, type TFactDef, type TFactKey, type TFacts, type TFactValue } from "./facts";
import {
  InvalidRuleError,
  validateRule,
  type TCondition,
  type TOp,
  type TRule,
  type TRuleValue,
  type TScalar,
} from "./rule";

export type TResult = "PASS" | "FAIL" | "UNKNOWN";
export type TOutcome = "ELIGIBLE" | "INELIGIBLE" | "NEEDS_INFO";

// Kleene logic on 0 < 1 < 2 (FAIL < UNKNOWN < PASS): "all" is the minimum, "any" the maximum and "not" the mirror
// image, so the hot path is plain integer comparisons.
type TKleene = 0 | 1 | 2;
const F = 0;
const U = 1;
const P = 2;
const RESULTS: readonly TResult[] = ["FAIL", "UNKNOWN", "PASS"];
const OUTCOMES: readonly TOutcome[] = ["INELIGIBLE", "NEEDS_INFO", "ELIGIBLE"];

/**
 * The facts laid out for evaluation: slot i holds FACT_KEYS[i]'s value (null when not provided), and for ordinal enums
 * slot FACT_COUNT + i holds the value's rank on its scale (undefined when not provided or off the scale). Compiled
 * rules read slots by number, which keeps every property read an array-element load however many facts a rule names.
 */
export type TFactVector = readonly unknown[];
type TEval = (v: TFactVector) => TKleene;

const FACT_COUNT = FACT_KEYS.length;
const SLOT = Object.fromEntries(FACT_KEYS.map((key, i) => [key, i])) as Record<TFactKey, number>;
const RANKS: (ReadonlyMap<unknown, number> | undefined)[] = FACT_KEYS.map((key) => {
  const def: TFactDef = FACTS[key];
  return def.type === "enum" && def.ordinal ? new Map(def.values.map((x, i) => [x.value, i])) : undefined;
});

/**
 * Lays the facts out for compiled rules (see TFactVector). Pass `into` to refill one array instead of allocating, as
 * batch matching does once per talent.
 */
export function factVector(facts: TFacts, into: unknown[] = new Array(2 * FACT_COUNT)): TFactVector {
  const bag = facts as Readonly<Record<string, unknown>>;
  for (let i = 0; i < FACT_COUNT; i++) {
    const value = bag[FACT_KEYS[i]!] ?? null;
    into[i] = value;
    const ranks = RANKS[i];
    into[FACT_COUNT + i] = ranks === undefined ? undefined : ranks.get(value);
  }
  return into;
}

type TNode =
  | { kind: "all" | "any"; children: TNode[]; run: TEval }
  | { kind: "not"; child: TNode; run: TEval }
  | {
      kind: "leaf";
      condition: TCondition;
      def: TFactDef;
      run: TEval;
      zh: string;
      en: string;
      /** The wording of the opposite requirement, for a condition under an odd number of "not"s. */
      notZh: string;
      notEn: string;
    };

function compileOrdered<T extends number | string>(slot: number, op: TOp, value: T, low: T, high: T): TEval {
  // One closure per operator so the per-evaluation work is an element read and a comparison.
  switch (op) {
    case "gt":
      return (f) => {
        const v = f[slot] as T | null;
        return v === null ? U : v > value ? P : F;
      };
    case "gte":
      return (f) => {
        const v = f[slot] as T | null;
        return v === null ? U : v >= value ? P : F;
      };
    case "lt":
      return (f) => {
        const v = f[slot] as T | null;
        return v === null ? U : v < value ? P : F;
      };
    case "lte":
      return (f) => {
        const v = f[slot] as T | null;
        return v === null ? U : v <= value ? P : F;
      };
    case "between":
      return (f) => {
        const v = f[slot] as T | null;
        return v === null ? U : v >= low && v <= high ? P : F;
      };
    default:
      throw new Error(`compileOrdered: ${op} is not an ordering op`);
  }
}

function compileRanked(slot: number, op: TOp, ranks: ReadonlyMap<unknown, number>, value: TRuleValue): TEval {
  const bounds = Array.isArray(value) ? value : [value, value];
  const rank = (x: TScalar | undefined): number => ranks.get(x) ?? -1;
  const low = rank(bounds[0]);
  const t = low;
  const high = rank(bounds[1]);
  // The rank slot: a value outside the scale is treated as unanswered rather than as the lowest level.
  const at = FACT_COUNT + slot;
  switch (op) {
    case "gt":
      return (f) => {
        const r = f[at] as number | undefined;
        return r === undefined ? U : r > t ? P : F;
      };
    case "gte":
      return (f) => {
        const r = f[at] as number | undefined;
        return r === undefined ? U : r >= t ? P : F;
      };
    case "lt":
      return (f) => {
        const r = f[at] as number | undefined;
        return r === undefined ? U : r < t ? P : F;
      };
    case "lte":
      return (f) => {
        const r = f[at] as number | undefined;
        return r === undefined ? U : r <= t ? P : F;
      };
    default:
      return (f) => {
        const r = f[at] as number | undefined;
        return r === undefined ? U : r >= low && r <= high ? P : F;
      };
  }
}

function compileLeaf(c: TCondition): TEval {
  const slot = SLOT[c.fact];
  const def: TFactDef = FACTS[c.fact];
  const value = c.value;
  switch (c.op) {
    case "exists":
      return (f) => (f[slot] === null ? F : P);
    case "eq":
      return (f) => {
        const v = f[slot];
        return v === null ? U : v === value ? P : F;
      };
    case "ne":
      return (f) => {
        const v = f[slot];
        return v === null ? U : v !== value ? P : F;
      };
    case "in": {
      const set = new Set<unknown>(value as TScalar[]);
      return (f) => {
        const v = f[slot];
        return v === null ? U : set.has(v) ? P : F;
      };
    }
    case "notIn": {
      const set = new Set<unknown>(value as TScalar[]);
      return (f) => {
        const v = f[slot];
        return v === null ? U : set.has(v) ? F : P;
      };
    }
    default: {
      if (def.type === "enum") return compileRanked(slot, c.op, RANKS[slot]!, value as TRuleValue);
      const [low, high] = Array.isArray(value) ? value : [value, value];
      return compileOrdered(slot, c.op, value as number | string, low as number | string, high as number | string);
    }
  }
}

function compileNode(rule: TRule): TNode {
  if ("all" in rule) {
    const children = rule.all.map(compileNode);
    const runs = children.map((c) => c.run);
    const n = runs.length;
    const run: TEval = (f) => {
      let r: TKleene = P;
      for (let i = 0; i < n; i++) {
        const x = runs[i]!(f);
        if (x === F) return F;
        if (x < r) r = x;
      }
      return r;
    };
    return { kind: "all", children, run };
  }
  if ("any" in rule) {
    const children = rule.any.map(compileNode);
    const runs = children.map((c) => c.run);
    const n = runs.length;
    const run: TEval = (f) => {
      let r: TKleene = F;
      for (let i = 0; i < n; i++) {
        const x = runs[i]!(f);
        if (x === P) return P;
        if (x > r) r = x;
      }
      return r;
    };
    return { kind: "any", children, run };
  }
  if ("not" in rule) {
    const child = compileNode(rule.not);
    const inner = child.run;
    return { kind: "not", child, run: (f) => (P - inner(f)) as TKleene };
  }
  const def: TFactDef = FACTS[rule.fact];
  // The condition's wording depends on the rule alone, so it is written once here rather than on every explanation.
  return {
    kind: "leaf",
    condition: rule,
    def,
    run: compileLeaf(rule),
    zh: describeCondition(rule, def, "zh"),
    en: describeCondition(rule, def, "en"),
    notZh: describeOpposite(rule, def, "zh"),
    notEn: describeOpposite(rule, def, "en"),
  };
}

function compileChecked(rule: TRule): TNode {
  const checked = validateRule(rule);
  if (!checked.ok) throw new InvalidRuleError(checked.errors);
  return compileNode(checked.rule);
}

export type TEvaluator = (facts: TFacts) => TOutcome;
export type TVectorEvaluator = (facts: TFactVector) => TOutcome;

/**
 * Validates the rule once and turns it into closures. The facts are read as given: pass them through `deriveFacts`
 * first so that `age` is filled from the birth date or ID number. Throws InvalidRuleError when the rule does not
 * validate. For many rules against the same facts, `compileVectorRule` with one `factVector` per talent is faster.
 */
export function compileRule(rule: TRule): TEvaluator {
  const run = compileChecked(rule).run;
  return (facts) => OUTCOMES[run(factVector(facts))]!;
}

/** `compileRule` for facts already laid out by `factVector`: matching many talents against many rules. */
export function compileVectorRule(rule: TRule): TVectorEvaluator {
  const run = compileChecked(rule).run;
  return (v) => OUTCOMES[run(v)]!;
}

export interface TConditionReport {
  fact: TFactKey;
  op: TOp;
  value: TRuleValue | undefined;
  /** Under an odd number of "not"s: the rule requires the opposite of `op`; `result` and `text` say so. */
  negated?: true;
  /** The fact as evaluated, after derivation; undefined when not provided. */
  actual: TFactValue | undefined;
  /** What the condition contributes to the outcome (PASS helps, FAIL blocks). */
  result: TResult;
  /** What the rule asks, e.g. "学历 ≥ 硕士研究生": the first half of `text`. */
  requirement: string;
  requirementEn: string;
  /** The requirement, the person's answer and a mark: "学历 ≥ 硕士研究生 — 您为本科 ✗". */
  text: string;
  textEn: string;
}

export interface TExplanation {
  outcome: TOutcome;
  conditions: TConditionReport[];
  /** Facts whose answers could still change the outcome, in rule order; empty once the outcome is decided. */
  missingFacts: TFactKey[];
}

const SYMBOLS: Partial<Record<TOp, string>> = { eq: "=", ne: "≠", gt: ">", gte: "≥", lt: "<", lte: "≤" };
const MARKS: Record<TKleene, string> = { [F]: "✗", [U]: "?", [P]: "✓" };
const NUMBER_FORMAT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

type TLang = "zh" | "en";

function formatValue(def: TFactDef, value: unknown, lang: TLang): string {
  switch (def.type) {
    case "enum": {
      const found = def.values.find((x) => x.value === value);
      return found ? (lang === "zh" ? found.name : found.nameEn) : String(value);
    }
    case "boolean":
      return lang === "zh" ? (value ? "是" : "否") : value ? "yes" : "no";
    case "integer":
    case "number":
      return `${NUMBER_FORMAT.format(value as number)} ${lang === "zh" ? def.unit : def.unitEn}`;
    default:
      return String(value);
  }
}

function formatBare(def: TFactDef, value: unknown, lang: TLang): string {
  if (def.type === "integer" || def.type === "number") return NUMBER_FORMAT.format(value as number);
  return formatValue(def, value, lang);
}

function listOf(def: TFactDef, values: TScalar[], lang: TLang, last: string): string {
  const names = values.map((v) => formatValue(def, v, lang));
  if (names.length === 1) return names[0]!;
  const sep = lang === "zh" ? "、" : ", ";
  return `${names.slice(0, -1).join(sep)}${last}${names[names.length - 1]}`;
}

function describeCondition(c: TCondition, def: TFactDef, lang: TLang): string {
  if (c.label !== undefined) return c.label;
  const label = lang === "zh" ? def.label : def.labelEn;
  const value = c.value;
  switch (c.op) {
    case "exists":
      return lang === "zh" ? `${label} 已填写` : `${label} provided`;
    case "in":
      return lang === "zh"
        ? `${label} 为 ${listOf(def, value as TScalar[], lang, "或")}`
        : `${label} is ${listOf(def, value as TScalar[], lang, " or ")}`;
    case "notIn":
      return lang === "zh"
        ? `${label} 不为 ${listOf(def, value as TScalar[], lang, "、")}`
        : `${label} is none of ${listOf(def, value as TScalar[], lang, ", ")}`;
    case "between": {
      const [low, high] = value as TScalar[];
      const unit = def.type === "integer" || def.type === "number" ? ` ${lang === "zh" ? def.unit : def.unitEn}` : "";
      return lang === "zh"
        ? `${label} ${formatBare(def, low, lang)} 至 ${formatBare(def, high, lang)}${unit}`
        : `${label} between ${formatBare(def, low, lang)} and ${formatBare(def, high, lang)}${unit}`;
    }
    default:
      if (def.type === "boolean" && (c.op === "eq" || c.op === "ne")) {
        // "留学回国人员 = 是" reads oddly; a yes/no fact states the required answer instead.
        const wanted = c.op === "eq" ? value === true : value !== true;
        return `${label}${lang === "zh" ? "：" : ": "}${formatValue(def, wanted, lang)}`;
      }
      return `${label} ${SYMBOLS[c.op]} ${formatValue(def, value, lang)}`;
  }
}

const OPPOSITE: Partial<Record<TOp, TOp>> = {
  eq: "ne",
  ne: "eq",
  gt: "lte",
  gte: "lt",
  lt: "gte",
  lte: "gt",
  in: "notIn",
  notIn: "in",
};

/**
 * What a condition under "not" actually requires: not(合同剩余 < 12 个月) reads "合同剩余 ≥ 12 个月", so that a
 * person's ✓ and ✗ marks agree with the outcome.
 */
function describeOpposite(c: TCondition, def: TFactDef, lang: TLang): string {
  if (c.label !== undefined) return lang === "zh" ? `不满足：${c.label}` : `Not: ${c.label}`;
  const flipped = OPPOSITE[c.op];
  if (flipped) return describeCondition({ ...c, op: flipped }, def, lang);
  const label = lang === "zh" ? def.label : def.labelEn;
  if (c.op === "exists") return lang === "zh" ? `${label} 未填写` : `${label} not provided`;
  const between = describeCondition(c, def, lang).slice(label.length + 1);
  return lang === "zh" ? `${label} 不在 ${between} 之间` : `${label} not ${between}`;
}

function describeActual(c: TCondition, def: TFactDef, actual: unknown, lang: TLang): string {
  if (actual == null) return lang === "zh" ? "未填写" : "not provided";
  if (c.op === "exists") return lang === "zh" ? "已填写" : "provided";
  if (def.type === "boolean") return lang === "zh" ? (actual ? def.yes : def.no) : actual ? def.yesEn : def.noEn;
  const employer = def.subject === "employer";
  if (lang === "en") return `${employer ? "your employer" : "you"}: ${formatValue(def, actual, lang)}`;
  const who = employer ? "您的单位" : "您";
  if (def.type === "integer" || def.type === "number") return `${who} ${formatValue(def, actual, lang)}`;
  return `${who}为${formatValue(def, actual, lang)}`;
}

/**
 * Evaluates the rule against the facts (after `deriveFacts` on `asOf`) and says why, condition by condition, in the
 * order the rule lists them. Throws InvalidRuleError when the rule does not validate.
 */
export function explain(rule: TRule, facts: TFacts, options: { asOf: Date }): TExplanation {
  return compileExplainer(rule)(deriveFacts(facts, options.asOf));
}

export type TExplainer = (derived: TFacts, vector?: TFactVector) => TExplanation;

/**
 * `explain` with the rule validated and compiled once, for explaining one rule many times or many rules against one
 * set of facts. Takes facts already derived (`deriveFacts`) and, optionally, their `factVector`, so a caller
 * explaining 500 rules derives and lays out the facts once. Throws InvalidRuleError when the rule does not validate.
 */
export function compileExplainer(rule: TRule): TExplainer {
  const root = compileChecked(rule);
  return (derived, vector) => explainNode(root, derived, vector ?? factVector(derived));
}

function explainNode(root: TNode, derived: TFacts, vector: TFactVector): TExplanation {
  const bag = derived as Readonly<Record<string, unknown>>;
  const conditions: TConditionReport[] = [];

  // Returns the node's result and the facts whose absence left it UNKNOWN. A decided node (PASS or FAIL) needs
  // nothing more, which is what drops the UNKNOWN siblings of a passing "any" or a failing "all".
  // `negated`: the node sits under an odd number of "not"s. Its conditions are then reported as the opposite
  // requirement with the opposite mark, which is what they contribute to the outcome.
  const walk = (node: TNode, negated: boolean): [TKleene, TFactKey[]] => {
    if (node.kind === "leaf") {
      const c = node.condition;
      const r = node.run(vector);
      const shown = negated ? ((P - r) as TKleene) : r;
      const actual = bag[c.fact] as TFactValue | null | undefined;
      const mark = MARKS[shown];
      conditions.push({
        fact: c.fact,
        op: c.op,
        value: c.value,
        ...(negated ? { negated: true } : {}),
        actual: actual ?? undefined,
        result: RESULTS[shown]!,
        requirement: negated ? node.notZh : node.zh,
        requirementEn: negated ? node.notEn : node.en,
        text: `${negated ? node.notZh : node.zh} — ${describeActual(c, node.def, actual, "zh")} ${mark}`,
        textEn: `${negated ? node.notEn : node.en} — ${describeActual(c, node.def, actual, "en")} ${mark}`,
      });
      return [r, r === U ? [c.fact] : []];
    }
    if (node.kind === "not") {
      const [r, missing] = walk(node.child, !negated);
      return [(P - r) as TKleene, missing];
    }
    // Every child is walked, not short-circuited, so the report lists all conditions.
    const results = node.children.map((child) => walk(child, negated));
    const rs = results.map(([r]) => r);
    const r = (node.kind === "all" ? Math.min(...rs) : Math.max(...rs)) as TKleene;
    return [r, r === U ? results.flatMap(([, m]) => m) : []];
  };

  const [r, missing] = walk(root, false);
  return { outcome: OUTCOMES[r]!, conditions, missingFacts: [...new Set(missing)] };
}
