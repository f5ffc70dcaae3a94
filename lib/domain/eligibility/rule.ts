import { z } from "zod";
import { FACTS, isFactKey, isIsoDate, type TFactDef, type TFactKey } from "./facts";

export const OPS = ["eq", "ne", "gt", "gte", "lt", "lte", "in", "notIn", "between", "exists"] as const;
export type TOp = (typeof OPS)[number];

export type TScalar = string | number | boolean;
export type TRuleValue = TScalar | TScalar[];

export type TCondition = { fact: TFactKey; op: TOp; value?: TRuleValue; label?: string };
export type TRule = { all: TRule[] } | { any: TRule[] } | { not: TRule } | TCondition;

export interface TRuleError {
  /** Where in the rule, e.g. `all[2].any[0].value`; empty for the rule itself. */
  path: string;
  message: string;
  messageEn: string;
}

export type TValidateResult = { ok: true; rule: TRule } | { ok: false; errors: TRuleError[] };

const ORDERED_OPS: readonly TOp[] = OPS;
const UNORDERED_OPS: readonly TOp[] = ["eq", "ne", "in", "notIn", "exists"];

/** Ordered types compare by magnitude (dates as ISO strings, ordinal enums by rank); the rest only by identity. */
export function opsFor(def: TFactDef): readonly TOp[] {
  if (def.type === "integer" || def.type === "number" || def.type === "date") return ORDERED_OPS;
  if (def.type === "enum" && def.ordinal) return ORDERED_OPS;
  return UNORDERED_OPS;
}

function isOp(op: unknown): op is TOp {
  return typeof op === "string" && (OPS as readonly string[]).includes(op);
}

const TYPE_NAMES: Record<TFactDef["type"], [string, string]> = {
  date: ["日期", "date"],
  string: ["文本", "text"],
  integer: ["整数", "integer"],
  number: ["数值", "number"],
  boolean: ["是/否", "yes/no"],
  enum: ["选项", "choice"],
};

function typeName(def: TFactDef): [string, string] {
  if (def.type === "enum" && def.ordinal) return ["等级", "ordered level"];
  return TYPE_NAMES[def.type];
}

function err(path: string, message: string, messageEn: string): TRuleError {
  return { path, message, messageEn };
}

function join(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path === "" ? key : `${path}.${key}`;
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Why `value` is not a valid operand for the fact, or null when it is. */
function scalarProblem(def: TFactDef, value: unknown): [string, string] | null {
  const n = `${def.label}（${def.key}）`;
  const v = describe(value);
  switch (def.type) {
    case "integer":
      return typeof value === "number" && Number.isInteger(value)
        ? null
        : [`${n}的取值应为整数，而不是 ${v}`, `${def.key} needs an integer value, not ${v}`];
    case "number":
      return typeof value === "number" && Number.isFinite(value)
        ? null
        : [`${n}的取值应为数值，而不是 ${v}`, `${def.key} needs a number value, not ${v}`];
    case "date":
      return isIsoDate(value)
        ? null
        : [`${n}的取值应为 YYYY-MM-DD 格式的日期，而不是 ${v}`, `${def.key} needs a YYYY-MM-DD date, not ${v}`];
    case "boolean":
      return typeof value === "boolean"
        ? null
        : [`${n}的取值应为 true 或 false，而不是 ${v}`, `${def.key} needs true or false, not ${v}`];
    case "string":
      return typeof value === "string" && value.trim() !== ""
        ? null
        : [`${n}的取值应为非空文本，而不是 ${v}`, `${def.key} needs non-empty text, not ${v}`];
    case "enum": {
      if (def.values.some((x) => x.value === value)) return null;
      const allowed = def.values.map((x) => x.value).join("、");
      const allowedEn = def.values.map((x) => x.value).join(", ");
      return def.ordinal
        ? [`${n}没有等级 ${v}，可选：${allowed}`, `${def.key} has no level ${v}; choose from ${allowedEn}`]
        : [`${n}没有取值 ${v}，可选：${allowed}`, `${def.key} has no value ${v}; choose from ${allowedEn}`];
    }
  }
}

/** Orders two already-valid operands of the same fact: negative, zero or positive. */
export function compareOperands(def: TFactDef, a: TScalar, b: TScalar): number {
  if (def.type === "enum") {
    const ra = def.values.findIndex((x) => x.value === a);
    const rb = def.values.findIndex((x) => x.value === b);
    return ra - rb;
  }
  if (typeof a === "number" && typeof b === "number") return a - b;
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkCondition(c: Record<string, unknown>, path: string): TRuleError[] {
  const errors: TRuleError[] = [];
  for (const key of Object.keys(c)) {
    if (!["fact", "op", "value", "label"].includes(key)) {
      errors.push(
        err(
          join(path, key),
          `条件中不能有“${key}”，只能有 fact、op、value、label`,
          `Unexpected key "${key}" in condition`,
        ),
      );
    }
  }
  if (c.label !== undefined && (typeof c.label !== "string" || c.label.trim() === "")) {
    errors.push(err(join(path, "label"), "label 应为非空文本", "label must be non-empty text"));
  }

  const factPath = join(path, "fact");
  const opPath = join(path, "op");
  if (typeof c.fact !== "string") {
    errors.push(err(factPath, "条件缺少条件项（fact）", "The condition has no fact"));
  } else if (!isFactKey(c.fact)) {
    errors.push(err(factPath, `未知的条件项“${c.fact}”`, `Unknown fact "${c.fact}"`));
  }
  if (typeof c.op !== "string") {
    errors.push(err(opPath, "条件缺少运算符（op）", "The condition has no op"));
  } else if (!isOp(c.op)) {
    errors.push(
      err(
        opPath,
        `未知的运算符“${c.op}”，可用：${OPS.join("、")}`,
        `Unknown op "${c.op}"; use one of ${OPS.join(", ")}`,
      ),
    );
  }
  if (!isFactKey(c.fact) || !isOp(c.op)) return errors;

  const def: TFactDef = FACTS[c.fact];
  const op = c.op;
  const n = `${def.label}（${def.key}）`;
  const [tn, tnEn] = typeName(def);
  const allowed = opsFor(def);
  if (!allowed.includes(op)) {
    errors.push(
      err(
        opPath,
        `${n}属于${tn}类条件项，不能使用运算符 ${op}，可用：${allowed.join("、")}`,
        `${def.key} is a ${tnEn} fact and cannot use op ${op}; use one of ${allowed.join(", ")}`,
      ),
    );
    return errors;
  }

  const valuePath = join(path, "value");
  const value = c.value;
  if (op === "exists") {
    if (value !== undefined) {
      errors.push(err(valuePath, "运算符 exists 不需要取值（value）", "Op exists takes no value"));
    }
    return errors;
  }
  if (value === undefined) {
    errors.push(err(valuePath, `运算符 ${op} 需要取值（value）`, `Op ${op} needs a value`));
    return errors;
  }

  if (op === "in" || op === "notIn") {
    if (!Array.isArray(value) || value.length === 0) {
      errors.push(err(valuePath, `运算符 ${op} 的取值应为非空数组`, `Op ${op} needs a non-empty array of values`));
      return errors;
    }
    value.forEach((item: unknown, i) => {
      const p = scalarProblem(def, item);
      if (p) errors.push(err(join(valuePath, i), p[0], p[1]));
    });
    return errors;
  }

  if (op === "between") {
    if (!Array.isArray(value) || value.length !== 2) {
      errors.push(
        err(
          valuePath,
          `运算符 between 的取值应为 [最小值, 最大值] 两个值，而不是 ${describe(value)}`,
          `Op between needs [min, max], not ${describe(value)}`,
        ),
      );
      return errors;
    }
    const problems = value.map((item: unknown) => scalarProblem(def, item));
    problems.forEach((p, i) => {
      if (p) errors.push(err(join(valuePath, i), p[0], p[1]));
    });
    if (problems.every((p) => p === null) && compareOperands(def, value[0] as TScalar, value[1] as TScalar) > 0) {
      errors.push(
        err(
          valuePath,
          `运算符 between 的最小值 ${describe(value[0])} 大于最大值 ${describe(value[1])}`,
          `Op between has min ${describe(value[0])} greater than max ${describe(value[1])}`,
        ),
      );
    }
    return errors;
  }

  if (Array.isArray(value)) {
    errors.push(
      err(valuePath, `运算符 ${op} 的取值应为单个值，而不是数组`, `Op ${op} needs a single value, not an array`),
    );
    return errors;
  }
  const p = scalarProblem(def, value);
  if (p) errors.push(err(valuePath, p[0], p[1]));
  return errors;
}

const COMBINATORS = ["all", "any", "not"] as const;

function checkNode(node: unknown, path: string, errors: TRuleError[]): void {
  if (typeof node !== "object" || node === null || Array.isArray(node)) {
    errors.push(
      err(
        path,
        `规则应为条件或 all/any/not 组合，而不是 ${describe(node)}`,
        `A rule must be a condition or an all/any/not group, not ${describe(node)}`,
      ),
    );
    return;
  }
  const obj = node as Record<string, unknown>;
  const combinator = COMBINATORS.find((k) => k in obj);
  if (combinator === undefined) {
    if ("fact" in obj || "op" in obj) {
      errors.push(...checkCondition(obj, path));
    } else {
      errors.push(
        err(
          path,
          "无法识别的规则：应包含 all、any、not 之一，或 fact 与 op",
          "Unrecognised rule: expected all, any, not, or fact and op",
        ),
      );
    }
    return;
  }

  for (const key of Object.keys(obj)) {
    if (key !== combinator) {
      errors.push(
        err(
          join(path, key),
          `“${combinator}”组合中不能再有“${key}”`,
          `An "${combinator}" group cannot also have "${key}"`,
        ),
      );
    }
  }
  const inner = obj[combinator];
  const innerPath = join(path, combinator);
  if (combinator === "not") {
    checkNode(inner, innerPath, errors);
    return;
  }
  if (!Array.isArray(inner)) {
    errors.push(err(innerPath, `${combinator} 的内容应为规则数组`, `${combinator} must be an array of rules`));
    return;
  }
  if (inner.length === 0) {
    // An empty "all" would vacuously pass everyone, which is never what a policy author means.
    errors.push(err(innerPath, `${combinator} 至少需要一个条件`, `${combinator} needs at least one rule`));
    return;
  }
  inner.forEach((child: unknown, i) => checkNode(child, join(innerPath, i), errors));
}

/** Checks a rule's shape and meaning; every problem is reported, each with its path. */
export function validateRule(rule: unknown): TValidateResult {
  const errors: TRuleError[] = [];
  checkNode(rule, "", errors);
  return errors.length === 0 ? { ok: true, rule: rule as TRule } : { ok: false, errors };
}

export class InvalidRuleError extends Error {
  constructor(readonly errors: TRuleError[]) {
    super(`规则无效：${errors.map((e) => (e.path ? `${e.path}：${e.message}` : e.message)).join("；")}`);
    this.name = "InvalidRuleError";
  }
}

function toZodPath(path: string): (string | number)[] {
  return path
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const ZScalar = z.union([z.string(), z.number(), z.boolean()]);

const ZCondition = z
  .strictObject({
    fact: z.enum(Object.keys(FACTS) as [TFactKey, ...TFactKey[]], {
      error: (iss) => `未知的条件项“${String(iss.input)}”`,
    }),
    op: z.enum(OPS, { error: (iss) => `未知的运算符“${String(iss.input)}”` }),
    value: z.union([ZScalar, z.array(ZScalar)]).optional(),
    label: z.string().optional(),
  })
  .superRefine((c, ctx) => {
    for (const e of checkCondition(c, "")) {
      ctx.addIssue({
        code: "custom",
        path: e.path === "" ? [] : toZodPath(e.path),
        message: e.message,
        params: { messageEn: e.messageEn },
      });
    }
  });

/**
 * The same rules as `validateRule` in zod form, for composing into request schemas. `validateRule` gives the better
 * messages for structural mistakes, because a union can only say that no branch matched.
 */
export const ZRule: z.ZodType<TRule> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ZRule).min(1, "all 至少需要一个条件") }),
    z.strictObject({ any: z.array(ZRule).min(1, "any 至少需要一个条件") }),
    z.strictObject({ not: ZRule }),
    ZCondition,
  ]),
);

/** The facts a (valid) rule reads, each once, in the order it names them. */
export function factsUsed(rule: TRule): TFactKey[] {
  const out = new Set<TFactKey>();
  const walk = (r: TRule): void => {
    if ("all" in r) r.all.forEach(walk);
    else if ("any" in r) r.any.forEach(walk);
    else if ("not" in r) walk(r.not);
    else out.add(r.fact);
  };
  walk(rule);
  return [...out];
}
