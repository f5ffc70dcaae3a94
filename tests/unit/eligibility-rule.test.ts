import { describe, expect, it } from "vitest";
import { compileRule, InvalidRuleError, validateRule, ZRule, type TRule } from "../../lib/domain/eligibility";

function errorsOf(rule: unknown) {
  const r = validateRule(rule);
  if (r.ok) throw new Error("expected the rule to be rejected");
  // The zod schema must reject exactly what validateRule rejects.
  expect(ZRule.safeParse(rule).success).toBe(false);
  return r.errors;
}

const VALID: TRule[] = [
  { fact: "age", op: "lte", value: 35 },
  { fact: "education", op: "between", value: ["BACHELOR", "DOCTORATE"] },
  { fact: "birthDate", op: "between", value: ["1990-01-01", "1990-01-01"] },
  { fact: "hukou", op: "in", value: ["LOCAL", "HK_MO_TW"] },
  { fact: "isReturnee", op: "exists" },
  { fact: "annualSalary", op: "gte", value: 250000.5, label: "年薪不低于25万元" },
  { not: { fact: "ownsHomeInShanghai", op: "eq", value: true } },
  {
    all: [
      { fact: "age", op: "lte", value: 35 },
      {
        any: [
          { fact: "isReturnee", op: "eq", value: true },
          { not: { fact: "employerDistrict", op: "ne", value: "310106" } },
        ],
      },
    ],
  },
];

describe("validateRule", () => {
  it.each(VALID.map((rule) => [JSON.stringify(rule), rule]))("accepts %s", (_, rule) => {
    expect(validateRule(rule)).toEqual({ ok: true, rule });
    expect(ZRule.safeParse(rule).success).toBe(true);
  });

  it("names an unknown fact", () => {
    expect(
      errorsOf({
        all: [
          { fact: "age", op: "lte", value: 35 },
          { fact: "salary", op: "gte", value: 1 },
        ],
      }),
    ).toEqual([{ path: "all[1].fact", message: "未知的条件项“salary”", messageEn: 'Unknown fact "salary"' }]);
  });

  it("names an unknown op", () => {
    const [e] = errorsOf({ fact: "age", op: "atMost", value: 35 });
    expect(e?.path).toBe("op");
    expect(e?.message).toMatch(/^未知的运算符“atMost”/);
    expect(e?.messageEn).toMatch(/^Unknown op "atMost"/);
  });

  it.each([
    ["isReturnee", "gte", true, "留学回国人员（isReturnee）属于是/否类条件项，不能使用运算符 gte"],
    ["hukou", "gt", "LOCAL", "户籍（hukou）属于选项类条件项，不能使用运算符 gt"],
    ["nationality", "between", ["A", "B"], "国籍（nationality）属于文本类条件项，不能使用运算符 between"],
    ["idNumber", "lt", "3", "身份证号（idNumber）属于文本类条件项，不能使用运算符 lt"],
  ])("rejects %s with op %s", (fact, op, value, message) => {
    const [e] = errorsOf({ not: { fact, op, value } });
    expect(e?.path).toBe("not.op");
    expect(e?.message.startsWith(message)).toBe(true);
    expect(e?.messageEn).toContain(`cannot use op ${op}`);
  });

  it.each([
    [{ fact: "age", op: "lte", value: "35" }, "value", "年龄（age）的取值应为整数"],
    [{ fact: "age", op: "lte", value: 35.5 }, "value", "年龄（age）的取值应为整数"],
    [{ fact: "annualSalary", op: "gte", value: "30万" }, "value", "年薪（annualSalary）的取值应为数值"],
    [{ fact: "isReturnee", op: "eq", value: "true" }, "value", "留学回国人员（isReturnee）的取值应为 true 或 false"],
    [{ fact: "birthDate", op: "lt", value: "1990-13-01" }, "value", "出生日期（birthDate）的取值应为 YYYY-MM-DD"],
    [{ fact: "education", op: "gte", value: "PHD" }, "value", '学历（education）没有等级 "PHD"'],
    [{ fact: "hukou", op: "eq", value: "SHANGHAI" }, "value", '户籍（hukou）没有取值 "SHANGHAI"'],
    [{ fact: "nationality", op: "eq", value: "" }, "value", "国籍（nationality）的取值应为非空文本"],
    [{ fact: "hukou", op: "in", value: ["LOCAL", "MARS"] }, "value[1]", '户籍（hukou）没有取值 "MARS"'],
    [{ fact: "hukou", op: "in", value: "LOCAL" }, "value", "运算符 in 的取值应为非空数组"],
    [{ fact: "hukou", op: "notIn", value: [] }, "value", "运算符 notIn 的取值应为非空数组"],
    [{ fact: "age", op: "eq", value: [35] }, "value", "运算符 eq 的取值应为单个值"],
    [{ fact: "age", op: "gte" }, "value", "运算符 gte 需要取值"],
    [{ fact: "age", op: "exists", value: true }, "value", "运算符 exists 不需要取值"],
    [{ fact: "age", op: "lte", value: 35, label: "" }, "label", "label 应为非空文本"],
    [{ fact: "age", op: "lte", value: 35, unit: "岁" }, "unit", "条件中不能有“unit”"],
  ])("rejects the value of %j", (rule, path, message) => {
    const [e] = errorsOf(rule);
    expect(e?.path).toBe(path);
    expect(e?.message.startsWith(message)).toBe(true);
    expect(e?.messageEn.length).toBeGreaterThan(0);
  });

  it.each([
    [[18], "运算符 between 的取值应为 [最小值, 最大值] 两个值，而不是 [18]"],
    [[18, 30, 35], "运算符 between 的取值应为 [最小值, 最大值] 两个值，而不是 [18,30,35]"],
    [35, "运算符 between 的取值应为 [最小值, 最大值] 两个值，而不是 35"],
    [[35, 18], "运算符 between 的最小值 35 大于最大值 18"],
  ])("rejects between %j", (value, message) => {
    expect(errorsOf({ fact: "age", op: "between", value })).toMatchObject([{ path: "value", message }]);
  });

  it("orders between bounds by level for ordinal facts and by date for dates", () => {
    expect(errorsOf({ fact: "education", op: "between", value: ["DOCTORATE", "BACHELOR"] })[0]?.message).toBe(
      '运算符 between 的最小值 "DOCTORATE" 大于最大值 "BACHELOR"',
    );
    expect(errorsOf({ fact: "birthDate", op: "between", value: ["2000-01-02", "2000-01-01"] })).toHaveLength(1);
    expect(errorsOf({ fact: "age", op: "between", value: ["a", 3] })).toMatchObject([{ path: "value[0]" }]);
  });

  it("rejects empty and malformed groups", () => {
    expect(errorsOf({ all: [] })).toEqual([
      { path: "all", message: "all 至少需要一个条件", messageEn: "all needs at least one rule" },
    ]);
    expect(errorsOf({ all: [{ any: [] }] })).toMatchObject([{ path: "all[0].any", message: "any 至少需要一个条件" }]);
    expect(errorsOf({ any: { fact: "age", op: "exists" } })).toMatchObject([{ path: "any" }]);
    expect(errorsOf({ all: [{ fact: "age", op: "exists" }], any: [] })).toMatchObject([{ path: "any" }]);
    expect(errorsOf({ not: null })).toMatchObject([{ path: "not" }]);
    expect(errorsOf({ foo: 1 })).toMatchObject([
      { path: "", message: "无法识别的规则：应包含 all、any、not 之一，或 fact 与 op" },
    ]);
    expect(errorsOf("age <= 35")).toMatchObject([{ path: "" }]);
  });

  it("reports every problem, each at its own path", () => {
    const errors = errorsOf({
      all: [
        { fact: "agee", op: "lte", value: 35 },
        { any: [{ fact: "education", op: "gte", value: "PHD" }] },
        { all: [] },
      ],
    });
    expect(errors.map((e) => e.path)).toEqual(["all[0].fact", "all[1].any[0].value", "all[2].all"]);
  });

  it("carries the English message through ZRule", () => {
    const r = ZRule.safeParse({ fact: "age", op: "between", value: [35, 18] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({
      path: ["value"],
      message: "运算符 between 的最小值 35 大于最大值 18",
      params: { messageEn: "Op between has min 35 greater than max 18" },
    });
  });

  it("makes compileRule throw with the errors", () => {
    const bad = { fact: "salary", op: "gte", value: 1 } as unknown as TRule;
    expect(() => compileRule(bad)).toThrow(InvalidRuleError);
    expect(() => compileRule(bad)).toThrow("规则无效：fact：未知的条件项“salary”");
  });
});
