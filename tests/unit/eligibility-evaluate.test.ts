import { describe, expect, it } from "vitest";
import { compileRule, explain, type TFacts, type TOutcome, type TRule } from "../../lib/domain/eligibility";

const cst = (date: string) => new Date(`${date}T12:00:00+08:00`);
function withCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  return first17 + "10X98765432"[sum % 11];
}

type TV = "PASS" | "FAIL" | "UNKNOWN";
const V: TV[] = ["PASS", "FAIL", "UNKNOWN"];
const OUT: Record<TV, TOutcome> = { PASS: "ELIGIBLE", FAIL: "INELIGIBLE", UNKNOWN: "NEEDS_INFO" };
// Two independent leaves, each driven to PASS, FAIL or UNKNOWN by setting its fact to true, false or nothing.
const A: TRule = { fact: "isReturnee", op: "eq", value: true };
const B: TRule = { fact: "ownsHomeInShanghai", op: "eq", value: true };
const setting = (v: TV): boolean | undefined => (v === "PASS" ? true : v === "FAIL" ? false : undefined);
const factsFor = (a: TV, b: TV): TFacts => ({ isReturnee: setting(a), ownsHomeInShanghai: setting(b) });

const AND: Record<TV, Record<TV, TV>> = {
  PASS: { PASS: "PASS", FAIL: "FAIL", UNKNOWN: "UNKNOWN" },
  FAIL: { PASS: "FAIL", FAIL: "FAIL", UNKNOWN: "FAIL" },
  UNKNOWN: { PASS: "UNKNOWN", FAIL: "FAIL", UNKNOWN: "UNKNOWN" },
};
const OR: Record<TV, Record<TV, TV>> = {
  PASS: { PASS: "PASS", FAIL: "PASS", UNKNOWN: "PASS" },
  FAIL: { PASS: "PASS", FAIL: "FAIL", UNKNOWN: "UNKNOWN" },
  UNKNOWN: { PASS: "PASS", FAIL: "UNKNOWN", UNKNOWN: "UNKNOWN" },
};
const NOT: Record<TV, TV> = { PASS: "FAIL", FAIL: "PASS", UNKNOWN: "UNKNOWN" };
const pairs = V.flatMap((a) => V.map((b) => [a, b] as const));

describe("Kleene logic", () => {
  const all = compileRule({ all: [A, B] });
  const any = compileRule({ any: [A, B] });
  const not = compileRule({ not: A });
  const asOf = { asOf: cst("2026-01-01") };

  it.each(pairs)("all(%s, %s)", (a, b) => {
    expect(all(factsFor(a, b))).toBe(OUT[AND[a][b]]);
    expect(explain({ all: [A, B] }, factsFor(a, b), asOf).outcome).toBe(OUT[AND[a][b]]);
  });
  it.each(pairs)("any(%s, %s)", (a, b) => {
    expect(any(factsFor(a, b))).toBe(OUT[OR[a][b]]);
    expect(explain({ any: [A, B] }, factsFor(a, b), asOf).outcome).toBe(OUT[OR[a][b]]);
  });
  it.each(V)("not(%s)", (a) => {
    expect(not(factsFor(a, "UNKNOWN"))).toBe(OUT[NOT[a]]);
    expect(explain({ not: A }, factsFor(a, "UNKNOWN"), asOf).outcome).toBe(OUT[NOT[a]]);
  });

  it("handles single children and deep nesting", () => {
    expect(compileRule({ all: [A] })({ isReturnee: true })).toBe("ELIGIBLE");
    expect(compileRule({ not: { not: { any: [A] } } })({})).toBe("NEEDS_INFO");
    expect(compileRule({ not: { all: [A, B] } })({ isReturnee: false })).toBe("ELIGIBLE");
  });
});

describe("operators", () => {
  // [fact, op, value, fact value, expected]; undefined fact value means "not provided".
  const cases: [string, string, unknown, unknown, TV][] = [
    // integers, including both ends of between
    ["socialInsuranceMonths", "eq", 6, 6, "PASS"],
    ["socialInsuranceMonths", "eq", 6, 7, "FAIL"],
    ["socialInsuranceMonths", "ne", 6, 7, "PASS"],
    ["socialInsuranceMonths", "ne", 6, 6, "FAIL"],
    ["socialInsuranceMonths", "gt", 6, 7, "PASS"],
    ["socialInsuranceMonths", "gt", 6, 6, "FAIL"],
    ["socialInsuranceMonths", "gte", 6, 6, "PASS"],
    ["socialInsuranceMonths", "gte", 6, 5, "FAIL"],
    ["socialInsuranceMonths", "lt", 6, 5, "PASS"],
    ["socialInsuranceMonths", "lt", 6, 6, "FAIL"],
    ["socialInsuranceMonths", "lte", 6, 6, "PASS"],
    ["socialInsuranceMonths", "lte", 6, 7, "FAIL"],
    ["socialInsuranceMonths", "in", [6, 12], 12, "PASS"],
    ["socialInsuranceMonths", "in", [6, 12], 7, "FAIL"],
    ["socialInsuranceMonths", "notIn", [6, 12], 7, "PASS"],
    ["socialInsuranceMonths", "notIn", [6, 12], 6, "FAIL"],
    ["socialInsuranceMonths", "between", [6, 12], 5, "FAIL"],
    ["socialInsuranceMonths", "between", [6, 12], 6, "PASS"],
    ["socialInsuranceMonths", "between", [6, 12], 12, "PASS"],
    ["socialInsuranceMonths", "between", [6, 12], 13, "FAIL"],
    ["socialInsuranceMonths", "exists", undefined, 0, "PASS"],
    ["socialInsuranceMonths", "exists", undefined, undefined, "FAIL"],
    ["socialInsuranceMonths", "exists", undefined, null, "FAIL"],
    // plain numbers
    ["annualSalary", "gte", 300000, 299999.5, "FAIL"],
    ["annualSalary", "gte", 300000, 300000, "PASS"],
    ["annualSalary", "between", [100000.5, 200000], 100000.5, "PASS"],
    // dates compare chronologically
    ["birthDate", "gte", "1990-01-01", "1990-01-01", "PASS"],
    ["birthDate", "gte", "1990-01-01", "1989-12-31", "FAIL"],
    ["birthDate", "lt", "1990-01-01", "1989-12-31", "PASS"],
    ["birthDate", "between", ["1985-01-01", "1995-12-31"], "1995-12-31", "PASS"],
    ["birthDate", "between", ["1985-01-01", "1995-12-31"], "1996-01-01", "FAIL"],
    ["birthDate", "eq", "1990-11-22", "1990-11-22", "PASS"],
    ["birthDate", "in", ["1990-11-22"], "1990-11-23", "FAIL"],
    // ordinal enums compare by level, both directions
    ["education", "gte", "MASTER", "DOCTORATE", "PASS"],
    ["education", "gte", "MASTER", "MASTER", "PASS"],
    ["education", "gte", "MASTER", "BACHELOR", "FAIL"],
    ["education", "gt", "BACHELOR", "MASTER", "PASS"],
    ["education", "gt", "BACHELOR", "BACHELOR", "FAIL"],
    ["education", "lt", "MASTER", "BACHELOR", "PASS"],
    ["education", "lt", "MASTER", "DOCTORATE", "FAIL"],
    ["education", "lte", "MASTER", "MASTER", "PASS"],
    ["education", "lte", "ASSOCIATE", "BACHELOR", "FAIL"],
    ["education", "between", ["BACHELOR", "MASTER"], "ASSOCIATE", "FAIL"],
    ["education", "between", ["BACHELOR", "MASTER"], "BACHELOR", "PASS"],
    ["education", "between", ["BACHELOR", "MASTER"], "MASTER", "PASS"],
    ["education", "between", ["BACHELOR", "MASTER"], "DOCTORATE", "FAIL"],
    ["education", "eq", "MASTER", "MASTER", "PASS"],
    ["education", "ne", "MASTER", "DOCTORATE", "PASS"],
    ["education", "in", ["MASTER", "DOCTORATE"], "BACHELOR", "FAIL"],
    ["education", "notIn", ["HIGH_SCHOOL"], "BACHELOR", "PASS"],
    ["education", "gte", "MASTER", "PHD", "UNKNOWN"],
    ["professionalTitle", "gte", "ASSOCIATE_SENIOR", "SENIOR", "PASS"],
    ["professionalTitle", "gte", "ASSOCIATE_SENIOR", "INTERMEDIATE", "FAIL"],
    ["professionalTitle", "lt", "JUNIOR", "NONE", "PASS"],
    // booleans
    ["isReturnee", "eq", false, false, "PASS"],
    ["isReturnee", "ne", true, false, "PASS"],
    ["isReturnee", "ne", true, true, "FAIL"],
    ["isReturnee", "in", [true], false, "FAIL"],
    ["isReturnee", "notIn", [true], false, "PASS"],
    ["isReturnee", "exists", undefined, false, "PASS"],
    // plain enums
    ["hukou", "eq", "LOCAL", "LOCAL", "PASS"],
    ["hukou", "ne", "LOCAL", "LOCAL", "FAIL"],
    ["hukou", "in", ["LOCAL", "HK_MO_TW"], "HK_MO_TW", "PASS"],
    ["hukou", "notIn", ["FOREIGN"], "FOREIGN", "FAIL"],
    ["sex", "eq", "F", "M", "FAIL"],
    ["employerDistrict", "in", ["310106", "310105"], "310105", "PASS"],
    ["employerDistrict", "exists", undefined, "310112", "PASS"],
    // strings
    ["nationality", "eq", "中国", "中国", "PASS"],
    ["nationality", "ne", "中国", "新加坡", "PASS"],
    ["nationality", "in", ["新加坡", "日本"], "中国", "FAIL"],
    ["employerIndustry", "notIn", ["房地产"], "集成电路", "PASS"],
    ["employerIndustry", "exists", undefined, undefined, "FAIL"],
  ];

  it.each(cases)("%s %s %j on %j is %s", (fact, op, value, actual, expected) => {
    const rule = { fact, op, ...(value === undefined ? {} : { value }) } as TRule;
    expect(compileRule(rule)({ [fact]: actual } as TFacts)).toBe(OUT[expected]);
  });

  const ordered = ["eq", "ne", "gt", "gte", "lt", "lte", "in", "notIn", "between"] as const;
  it.each(ordered)("%s on a missing fact is UNKNOWN", (op) => {
    const value = op === "in" || op === "notIn" || op === "between" ? [1, 2] : 1;
    expect(compileRule({ fact: "age", op, value })({})).toBe("NEEDS_INFO");
    expect(compileRule({ fact: "age", op, value })({ age: null })).toBe("NEEDS_INFO");
  });

  it("uses age derived from the ID number in explain", () => {
    const rule: TRule = { fact: "age", op: "lte", value: 35 };
    const idNumber = withCheck("31010619901122123");
    expect(explain(rule, { idNumber }, { asOf: cst("2026-11-21") }).outcome).toBe("ELIGIBLE");
    expect(explain(rule, { idNumber }, { asOf: cst("2026-11-22") }).outcome).toBe("INELIGIBLE");
  });
});

describe("explain: 青年英才", () => {
  const rule: TRule = {
    all: [
      { fact: "age", op: "lte", value: 35 },
      { fact: "education", op: "gte", value: "MASTER" },
      {
        any: [
          { fact: "isReturnee", op: "eq", value: true },
          { fact: "socialInsuranceMonths", op: "gte", value: 6 },
        ],
      },
    ],
  };
  const asOf = { asOf: cst("2026-06-01") };

  it("explains an eligible, complete profile", () => {
    const r = explain(
      rule,
      { birthDate: "1995-03-10", education: "DOCTORATE", isReturnee: false, socialInsuranceMonths: 12 },
      asOf,
    );
    expect(r.outcome).toBe("ELIGIBLE");
    expect(r.missingFacts).toEqual([]);
    expect(r.conditions.map((c) => c.text)).toEqual([
      "年龄 ≤ 35 周岁 — 您 31 周岁 ✓",
      "学历 ≥ 硕士研究生 — 您为博士研究生 ✓",
      "留学回国人员：是 — 您不是留学回国人员 ✗",
      "社保缴纳 ≥ 6 个月 — 您 12 个月 ✓",
    ]);
    expect(r.conditions.map((c) => c.textEn)).toEqual([
      "Age ≤ 35 years — you: 31 years ✓",
      "Highest degree ≥ Master's — you: Doctorate ✓",
      "Returned from studying abroad: yes — you did not study abroad ✗",
      "Social insurance paid ≥ 6 months — you: 12 months ✓",
    ]);
    expect(r.conditions[0]).toEqual({
      fact: "age",
      op: "lte",
      value: 35,
      actual: 31,
      result: "PASS",
      requirement: "年龄 ≤ 35 周岁",
      requirementEn: "Age ≤ 35 years",
      text: "年龄 ≤ 35 周岁 — 您 31 周岁 ✓",
      textEn: "Age ≤ 35 years — you: 31 years ✓",
    });
  });

  it("asks only for what can still change the outcome", () => {
    const idNumber = withCheck("31010619950310123");
    const r = explain(rule, { idNumber, education: "MASTER" }, asOf);
    expect(r.outcome).toBe("NEEDS_INFO");
    expect(r.missingFacts).toEqual(["isReturnee", "socialInsuranceMonths"]);
    expect(r.conditions.map((c) => c.text)).toEqual([
      "年龄 ≤ 35 周岁 — 您 31 周岁 ✓",
      "学历 ≥ 硕士研究生 — 您为硕士研究生 ✓",
      "留学回国人员：是 — 未填写 ?",
      "社保缴纳 ≥ 6 个月 — 未填写 ?",
    ]);
    expect(r.conditions.map((c) => c.result)).toEqual(["PASS", "PASS", "UNKNOWN", "UNKNOWN"]);

    expect(explain(rule, {}, asOf).missingFacts).toEqual(["age", "education", "isReturnee", "socialInsuranceMonths"]);
  });

  it("does not ask for the siblings of a passing any", () => {
    const r = explain(rule, { age: 30, education: "MASTER", isReturnee: true }, asOf);
    expect(r.outcome).toBe("ELIGIBLE");
    expect(r.missingFacts).toEqual([]);
    expect(r.conditions[3]?.text).toBe("社保缴纳 ≥ 6 个月 — 未填写 ?");
  });

  it("explains an ineligible profile and asks for nothing once an all fails", () => {
    const r = explain(rule, { age: 31, education: "BACHELOR" }, asOf);
    expect(r.outcome).toBe("INELIGIBLE");
    expect(r.missingFacts).toEqual([]);
    expect(r.conditions.map((c) => c.text)).toEqual([
      "年龄 ≤ 35 周岁 — 您 31 周岁 ✓",
      "学历 ≥ 硕士研究生 — 您为本科 ✗",
      "留学回国人员：是 — 未填写 ?",
      "社保缴纳 ≥ 6 个月 — 未填写 ?",
    ]);
    expect(r.conditions[1]?.textEn).toBe("Highest degree ≥ Master's — you: Bachelor's ✗");
  });

  it("keeps only the unknowns under an unknown not", () => {
    const r = explain(
      { all: [{ not: { fact: "hukou", op: "eq", value: "LOCAL" } }, { fact: "age", op: "lte", value: 35 }] },
      { age: 30 },
      asOf,
    );
    expect(r).toMatchObject({ outcome: "NEEDS_INFO", missingFacts: ["hukou"] });
    expect(r.conditions[0]?.text).toBe("户籍 ≠ 上海户籍 — 未填写 ?");
  });

  it("states what a condition under not requires, with marks that agree with the outcome", () => {
    const rule: TRule = { not: { fact: "contractMonthsRemaining", op: "lt", value: 12 } };
    const short = explain(rule, { contractMonthsRemaining: 6 }, asOf);
    expect(short.outcome).toBe("INELIGIBLE");
    expect(short.conditions[0]).toMatchObject({
      op: "lt",
      negated: true,
      result: "FAIL",
      text: "劳动合同剩余期限 ≥ 12 个月 — 您 6 个月 ✗",
      textEn: "Employment contract remaining ≥ 12 months — you: 6 months ✗",
    });
    expect(explain(rule, { contractMonthsRemaining: 24 }, asOf).conditions[0]).toMatchObject({
      result: "PASS",
      text: "劳动合同剩余期限 ≥ 12 个月 — 您 24 个月 ✓",
    });
    // Two nots cancel out; not(all) negates every condition inside it.
    expect(explain({ not: { not: rule.not } }, { contractMonthsRemaining: 6 }, asOf).conditions[0]).toMatchObject({
      result: "PASS",
      text: "劳动合同剩余期限 < 12 个月 — 您 6 个月 ✓",
    });
    expect(explain({ not: { all: [rule.not] } }, { contractMonthsRemaining: 6 }, asOf).conditions[0]?.negated).toBe(
      true,
    );
  });

  it("words the opposite of between, exists, in and a custom label", () => {
    const first = (c: TRule, facts: TFacts) => explain({ not: c }, facts, asOf).conditions[0]!.text;
    expect(first({ fact: "age", op: "between", value: [25, 35] }, { age: 30 })).toBe(
      "年龄 不在 25 至 35 周岁 之间 — 您 30 周岁 ✗",
    );
    expect(first({ fact: "annualSalary", op: "exists" }, {})).toBe("年薪 未填写 — 未填写 ✓");
    expect(first({ fact: "hukou", op: "in", value: ["LOCAL", "FOREIGN"] }, { hukou: "LOCAL" })).toBe(
      "户籍 不为 上海户籍、外籍 — 您为上海户籍 ✗",
    );
    expect(first({ fact: "age", op: "lte", value: 35, label: "青年人才" }, { age: 30 })).toBe(
      "不满足：青年人才 — 您 30 周岁 ✗",
    );
  });
});

describe("explain: texts", () => {
  const asOf = { asOf: cst("2026-06-01") };
  const text = (rule: TRule, facts: TFacts) => explain(rule, facts, asOf).conditions[0]!;

  it("renders each operator", () => {
    expect(text({ fact: "annualSalary", op: "gte", value: 300000 }, { annualSalary: 250000 }).text).toBe(
      "年薪 ≥ 300,000 元 — 您 250,000 元 ✗",
    );
    expect(text({ fact: "age", op: "between", value: [18, 35] }, { age: 36 }).text).toBe(
      "年龄 18 至 35 周岁 — 您 36 周岁 ✗",
    );
    expect(text({ fact: "age", op: "between", value: [18, 35] }, { age: 36 }).textEn).toBe(
      "Age between 18 and 35 years — you: 36 years ✗",
    );
    expect(
      text({ fact: "hukou", op: "in", value: ["LOCAL", "NON_LOCAL", "HK_MO_TW"] }, { hukou: "FOREIGN" }).text,
    ).toBe("户籍 为 上海户籍、非沪籍或港澳台居民 — 您为外籍 ✗");
    expect(text({ fact: "hukou", op: "notIn", value: ["FOREIGN", "HK_MO_TW"] }, { hukou: "LOCAL" }).text).toBe(
      "户籍 不为 外籍、港澳台居民 — 您为上海户籍 ✓",
    );
    expect(text({ fact: "employerDistrict", op: "eq", value: "310106" }, { employerDistrict: "310112" }).text).toBe(
      "单位所在区 = 静安区 — 您的单位为闵行区 ✗",
    );
    expect(text({ fact: "ownsHomeInShanghai", op: "ne", value: true }, { ownsHomeInShanghai: false }).text).toBe(
      "在沪自有住房：否 — 您在上海无自有住房 ✓",
    );
    expect(text({ fact: "idNumber", op: "exists" }, {}).text).toBe("身份证号 已填写 — 未填写 ✗");
    expect(text({ fact: "professionalTitle", op: "lt", value: "SENIOR" }, { professionalTitle: "SENIOR" }).text).toBe(
      "专业技术职称 < 正高级 — 您为正高级 ✗",
    );
  });

  it("lets the rule's label replace the description", () => {
    const c = text(
      { fact: "annualSalary", op: "gte", value: 500000, label: "年薪不低于50万元" },
      { annualSalary: 600000 },
    );
    expect(c.text).toBe("年薪不低于50万元 — 您 600,000 元 ✓");
    expect(c.textEn).toBe("年薪不低于50万元 — you: 600,000 yuan ✓");
  });
});

describe("compiled evaluation speed", () => {
  it("evaluates a depth-3, 8-condition rule quickly (reported, not asserted)", () => {
    const evaluate = compileRule({
      all: [
        { fact: "age", op: "lte", value: 45 },
        { fact: "education", op: "gte", value: "BACHELOR" },
        {
          any: [
            { fact: "professionalTitle", op: "gte", value: "ASSOCIATE_SENIOR" },
            {
              all: [
                { fact: "annualSalary", op: "gte", value: 500000 },
                { fact: "employerIsKeyEnterprise", op: "eq", value: true },
              ],
            },
            { fact: "hukou", op: "in", value: ["NON_LOCAL", "HK_MO_TW"] },
          ],
        },
        { fact: "socialInsuranceMonths", op: "between", value: [6, 120] },
        { not: { fact: "ownsHomeInShanghai", op: "eq", value: true } },
      ],
    });
    // Fails the first any-branch so more of the tree is walked.
    const facts: TFacts = {
      age: 33,
      education: "MASTER",
      professionalTitle: "INTERMEDIATE",
      annualSalary: 600000,
      employerIsKeyEnterprise: true,
      hukou: "LOCAL",
      socialInsuranceMonths: 24,
      ownsHomeInShanghai: false,
    };
    expect(evaluate(facts)).toBe("ELIGIBLE");
    const n = 2_000_000;
    let eligible = 0;
    for (let i = 0; i < 200_000; i++) if (evaluate(facts) === "ELIGIBLE") eligible++;
    const start = performance.now();
    for (let i = 0; i < n; i++) if (evaluate(facts) === "ELIGIBLE") eligible++;
    const ms = performance.now() - start;
    console.log(`compiled rule: ${(((n / ms) * 1000) / 1e6).toFixed(1)} M evaluations/s (${eligible} eligible)`);
  });
});
