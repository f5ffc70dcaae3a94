// The rule builder's editable form of a rule, and the conversions both ways. The builder keeps what a person typed
// as text (a number field may hold "3" or ""), and a draft turns into rule JSON that `validateRule` then judges, so
// the builder, the raw JSON editor and the server agree on one definition of a valid rule.
import { FACTS, isFactKey, type TFactDef, type TFactKey } from "./facts";
import { opsFor, validateRule, type TOp, type TRule, type TRuleError, type TScalar } from "./rule";

export interface TDraftCondition {
  kind: "condition";
  id: string;
  fact: TFactKey | "";
  op: TOp | "";
  /** The single operand as typed: a number's digits, "true"/"false", an enum value, a date or text. */
  value: string;
  /** The operands of in / notIn. */
  list: string[];
  /** The bounds of between. */
  low: string;
  high: string;
  /** The condition's own wording, shown instead of the generated one; "" for none. */
  label: string;
}

export interface TDraftGroup {
  kind: "group";
  id: string;
  mode: "all" | "any";
  /** 取反: the group holds when its conditions do not. */
  negate: boolean;
  children: TDraftNode[];
}

export type TDraftNode = TDraftCondition | TDraftGroup;

let lastId = 0;
/**
 * Ids of nodes added while editing. They name rows in the page (for keys and focus), never reach the rule, and are
 * unique within a page's life.
 */
export function draftId(): string {
  lastId += 1;
  return `d${lastId}`;
}

/** Ids for a loaded rule that are the same wherever it is loaded, so server and browser render the same page. */
function loadIds(): () => string {
  let n = 0;
  return () => `r${++n}`;
}

export function emptyCondition(): TDraftCondition {
  return { kind: "condition", id: draftId(), fact: "", op: "", value: "", list: [], low: "", high: "", label: "" };
}

export function emptyGroup(mode: "all" | "any" = "all"): TDraftGroup {
  return { kind: "group", id: draftId(), mode, negate: false, children: [] };
}

/** The operator a condition starts with when its fact is chosen: the one most rules of that type use. */
export function defaultOp(def: TFactDef): TOp {
  const ops = opsFor(def);
  if (def.type === "boolean" || def.type === "string" || (def.type === "enum" && !def.ordinal)) return "eq";
  return ops.includes("gte") ? "gte" : ops[0]!;
}

/** Chooses a fact: the operator and operands are reset, since they rarely make sense for another fact. */
export function withFact(c: TDraftCondition, fact: TFactKey | ""): TDraftCondition {
  if (fact === "") return { ...c, fact: "", op: "", value: "", list: [], low: "", high: "" };
  const def: TFactDef = FACTS[fact];
  return { ...c, fact, op: defaultOp(def), value: def.type === "boolean" ? "true" : "", list: [], low: "", high: "" };
}

/** Chooses an operator, carrying a typed operand over to the new shape where it fits (5 → [5, …] for between). */
export function withOp(c: TDraftCondition, op: TOp): TDraftCondition {
  const single = c.value || c.low || c.list[0] || "";
  if (op === "in" || op === "notIn") return { ...c, op, list: c.list.length ? c.list : single ? [single] : [] };
  if (op === "between") return { ...c, op, low: c.low || single, high: c.high };
  if (op === "exists") return { ...c, op };
  return { ...c, op, value: single };
}

function operand(def: TFactDef, text: string): TScalar | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  switch (def.type) {
    case "integer":
    case "number": {
      const n = Number(t);
      // Left as text when not a number, so validateRule names what was typed.
      return Number.isFinite(n) ? n : t;
    }
    case "boolean":
      return t === "true" ? true : t === "false" ? false : t;
    default:
      return t;
  }
}

function conditionRule(c: TDraftCondition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (c.fact !== "") out.fact = c.fact;
  if (c.op !== "") out.op = c.op;
  if (c.fact !== "" && c.op !== "" && c.op !== "exists") {
    const def: TFactDef = FACTS[c.fact];
    if (c.op === "in" || c.op === "notIn") {
      const values = c.list.map((v) => operand(def, v)).filter((v) => v !== undefined);
      if (values.length) out.value = values;
    } else if (c.op === "between") {
      const low = operand(def, c.low);
      const high = operand(def, c.high);
      if (low !== undefined || high !== undefined) out.value = [low ?? null, high ?? null];
    } else {
      const v = operand(def, c.value);
      if (v !== undefined) out.value = v;
    }
  }
  if (c.label.trim() !== "") out.label = c.label.trim();
  return out;
}

export interface TDraftRule {
  /** The rule as JSON data, or null for an empty builder ("no rule"). Not necessarily valid: check it. */
  rule: unknown;
  /** Where each node landed in the rule (validateRule's path syntax, "" for the root) → its draft id. */
  paths: Map<string, string>;
}

const join = (path: string, key: string) => (path === "" ? key : `${path}.${key}`);

/**
 * Turns the builder's tree into rule JSON. The root group with one plain condition becomes that condition, and a
 * negated group with one child becomes `{not: child}`, so rules written either way by hand come back unchanged.
 */
export function draftToRule(root: TDraftGroup): TDraftRule {
  const paths = new Map<string, string>();
  if (root.children.length === 0 && !root.negate) return { rule: null, paths };
  const walk = (node: TDraftNode, path: string, isRoot: boolean): unknown => {
    paths.set(path, node.id);
    if (node.kind === "condition") return conditionRule(node);
    if (node.negate) {
      if (node.children.length === 1) return { not: walk(node.children[0]!, join(path, "not"), false) };
      const innerPath = join(path, "not");
      return {
        not: { [node.mode]: node.children.map((c, i) => walk(c, `${join(innerPath, node.mode)}[${i}]`, false)) },
      };
    }
    if (isRoot && node.mode === "all" && node.children.length === 1 && node.children[0]!.kind === "condition") {
      return walk(node.children[0]!, path, false);
    }
    return { [node.mode]: node.children.map((c, i) => walk(c, `${join(path, node.mode)}[${i}]`, false)) };
  };
  // When the root collapses to its only condition, "" names that condition, so its errors show on its row.
  return { rule: walk(root, "", true), paths };
}

/** Serialised for the form's hidden field: "" for no rule. */
export function draftToJson(root: TDraftGroup, indent?: number): string {
  const { rule } = draftToRule(root);
  return rule === null ? "" : JSON.stringify(rule, null, indent);
}

function conditionDraft(c: Extract<TRule, { fact: string }>, nextId: () => string): TDraftCondition {
  const text = (v: TScalar | undefined) => (v === undefined ? "" : String(v));
  const value = c.value;
  const base = { ...emptyCondition(), id: nextId(), fact: c.fact, op: c.op, label: c.label ?? "" };
  if (Array.isArray(value)) {
    return c.op === "between"
      ? { ...base, low: text(value[0]), high: text(value[1]) }
      : { ...base, list: value.map((v) => text(v)) };
  }
  return { ...base, value: text(value) };
}

function nodeDraft(rule: TRule, nextId: () => string): TDraftNode {
  const group = (mode: "all" | "any", rules: TRule[]): TDraftGroup => {
    const id = nextId();
    return { ...emptyGroup(mode), id, children: rules.map((r) => nodeDraft(r, nextId)) };
  };
  if ("all" in rule) return group("all", rule.all);
  if ("any" in rule) return group("any", rule.any);
  if ("not" in rule) {
    const inner = nodeDraft(rule.not, nextId);
    // not(all/any …) is that group negated; not(condition) is a negated group of one.
    if (inner.kind === "group" && !inner.negate) return { ...inner, negate: true };
    return { ...emptyGroup("all"), id: nextId(), negate: true, children: [inner] };
  }
  return conditionDraft(rule, nextId);
}

/**
 * Loads a rule into the builder; null (no rule) gives an empty builder. The rule must be valid. Without `nextId`
 * the ids are the same on every load (r1, r2 …), as a server-rendered page needs; pass `draftId` when replacing a
 * tree in the browser.
 */
export function ruleToDraft(rule: TRule | null, nextId: () => string = loadIds()): TDraftGroup {
  if (rule === null) return { ...emptyGroup("all"), id: nextId() };
  const node = nodeDraft(rule, nextId);
  return node.kind === "group" ? node : { ...emptyGroup("all"), id: nextId(), children: [node] };
}

export type TParsedRuleText =
  { ok: true; rule: TRule | null } | { ok: false; json: false } | { ok: false; json: true; errors: TRuleError[] };

/** Reads rule JSON text as the form sends it ("" is no rule). */
export function parseRuleText(text: string): TParsedRuleText {
  if (text.trim() === "") return { ok: true, rule: null };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, json: false };
  }
  const checked = validateRule(data);
  return checked.ok ? { ok: true, rule: checked.rule } : { ok: false, json: true, errors: checked.errors };
}

/** What is missing from a half-filled draft, in words a person acts on; keys of the "ruleBuilder.problems" messages. */
export type TDraftProblem = "chooseFact" | "chooseOp" | "enterValue" | "enterBoth" | "chooseSome" | "emptyGroup";

/**
 * Problems found before validateRule is asked: unfilled inputs, which its messages would describe in terms of
 * JSON keys. validateRule's own messages are for what remains (a minimum above the maximum, a bad number).
 */
export function draftProblems(root: TDraftGroup): Map<string, TDraftProblem> {
  const problems = new Map<string, TDraftProblem>();
  const visit = (node: TDraftNode, isRoot: boolean) => {
    if (node.kind === "group") {
      if (node.children.length === 0 && !isRoot) problems.set(node.id, "emptyGroup");
      node.children.forEach((c) => visit(c, false));
      return;
    }
    if (node.fact === "") problems.set(node.id, "chooseFact");
    else if (node.op === "") problems.set(node.id, "chooseOp");
    else if (node.op === "in" || node.op === "notIn") {
      if (!node.list.some((v) => v.trim() !== "")) problems.set(node.id, "chooseSome");
    } else if (node.op === "between") {
      if (node.low.trim() === "" || node.high.trim() === "") problems.set(node.id, "enterBoth");
    } else if (node.op !== "exists" && node.value.trim() === "") problems.set(node.id, "enterValue");
  };
  visit(root, true);
  return problems;
}

/** The draft node a validateRule error belongs to: the deepest node whose path starts the error's path. */
export function nodeOfError(paths: Map<string, string>, errorPath: string): string | undefined {
  let best: string | undefined;
  let bestLength = -1;
  for (const [path, id] of paths) {
    const prefix =
      path === "" || errorPath === path || errorPath.startsWith(`${path}.`) || errorPath.startsWith(`${path}[`);
    if (prefix && path.length > bestLength) {
      best = id;
      bestLength = path.length;
    }
  }
  return best;
}

/** The facts a draft's conditions ask about, in order of first use. */
export function draftFacts(root: TDraftGroup): TFactKey[] {
  const seen: TFactKey[] = [];
  const visit = (node: TDraftNode) => {
    if (node.kind === "group") node.children.forEach(visit);
    else if (isFactKey(node.fact) && !seen.includes(node.fact)) seen.push(node.fact);
  };
  visit(root);
  return seen;
}

// Tree edits, by node id, returning a new tree (React state is never mutated).

function mapGroup(group: TDraftGroup, id: string, f: (g: TDraftGroup) => TDraftGroup): TDraftGroup {
  if (group.id === id) return f(group);
  return {
    ...group,
    children: group.children.map((c) => (c.kind === "group" ? mapGroup(c, id, f) : c)),
  };
}

export function updateNode(root: TDraftGroup, id: string, f: (n: TDraftNode) => TDraftNode): TDraftGroup {
  if (root.id === id) return f(root) as TDraftGroup;
  return {
    ...root,
    children: root.children.map((c) => (c.id === id ? f(c) : c.kind === "group" ? updateNode(c, id, f) : c)),
  };
}

export function addChild(root: TDraftGroup, groupId: string, child: TDraftNode): TDraftGroup {
  return mapGroup(root, groupId, (g) => ({ ...g, children: [...g.children, child] }));
}

export function removeNode(root: TDraftGroup, id: string): TDraftGroup {
  return {
    ...root,
    children: root.children.filter((c) => c.id !== id).map((c) => (c.kind === "group" ? removeNode(c, id) : c)),
  };
}

/** Moves a node one place up (-1) or down (+1) among its siblings; at either end nothing changes. */
export function moveNode(root: TDraftGroup, id: string, by: -1 | 1): TDraftGroup {
  const i = root.children.findIndex((c) => c.id === id);
  if (i >= 0) {
    const j = i + by;
    if (j < 0 || j >= root.children.length) return root;
    const children = [...root.children];
    [children[i], children[j]] = [children[j]!, children[i]!];
    return { ...root, children };
  }
  return { ...root, children: root.children.map((c) => (c.kind === "group" ? moveNode(c, id, by) : c)) };
}
