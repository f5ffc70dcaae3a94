import { describe, expect, it } from "vitest";
import {
  answerToInput,
  explain,
  FACT_KEYS,
  nextQuestion,
  openQuestions,
  parseAnswer,
  type TFactKey,
  type TFacts,
  type TOpenVerdict,
  type TRule,
} from "../../lib/domain/eligibility";

const open = (...missingFacts: TFactKey[]): TOpenVerdict => ({ outcome: "NEEDS_INFO", missingFacts });
const none = { answered: [], skipped: [] };

describe("nextQuestion", () => {
  it("asks for the fact that the most undecided verdicts need", () => {
    const verdicts = [open("education", "socialInsuranceMonths"), open("socialInsuranceMonths"), open("education")];
    // education and socialInsuranceMonths both appear twice; add a third need for the later one.
    expect(nextQuestion([...verdicts, open("socialInsuranceMonths", "hukou")], none)).toBe("socialInsuranceMonths");
  });

  it("breaks ties by catalogue order", () => {
    expect(FACT_KEYS.indexOf("education")).toBeLessThan(FACT_KEYS.indexOf("employerDistrict"));
    expect(nextQuestion([open("employerDistrict", "education")], none)).toBe("education");
    expect(nextQuestion([open("employerDistrict"), open("education")], none)).toBe("education");
  });

  it("ignores decided verdicts, so what only an ineligible rule needs is never asked", () => {
    const verdicts: TOpenVerdict[] = [
      { outcome: "INELIGIBLE", missingFacts: [] },
      // A decided verdict's missing facts are empty by contract; ignore them even if a caller passes some.
      { outcome: "INELIGIBLE", missingFacts: ["nationality", "nationality" as TFactKey] },
      { outcome: "ELIGIBLE", missingFacts: ["hukou"] },
      open("age"),
    ];
    expect(nextQuestion(verdicts, none)).toBe("age");
    expect(openQuestions(verdicts, none)).toEqual([{ fact: "age", count: 1 }]);
  });

  it("skips what was answered or skipped, and returns null when nothing is left", () => {
    const verdicts = [open("education", "age"), open("education")];
    expect(nextQuestion(verdicts, { answered: ["education"], skipped: [] })).toBe("age");
    expect(nextQuestion(verdicts, { answered: ["education"], skipped: ["age"] })).toBeNull();
    expect(nextQuestion(verdicts, { answered: [], skipped: ["education", "age"] })).toBeNull();
    expect(nextQuestion([], none)).toBeNull();
  });

  it("asks for age instead of a date of birth or ID number, counting a verdict once", () => {
    expect(nextQuestion([open("birthDate")], none)).toBe("age");
    expect(nextQuestion([open("idNumber")], none)).toBe("age");
    expect(openQuestions([open("birthDate", "idNumber", "age"), open("education")], none)).toEqual([
      { fact: "age", count: 1 },
      { fact: "education", count: 1 },
    ]);
    expect(nextQuestion([open("birthDate")], { answered: ["age"], skipped: [] })).toBeNull();
  });

  it("walks the demo rules to a verdict without asking what no remaining rule needs", () => {
    const asOf = new Date("2026-03-01T12:00:00+08:00");
    const rules: TRule[] = [
      {
        all: [
          { fact: "employerDistrict", op: "eq", value: "310106" },
          { fact: "age", op: "lte", value: 40 },
          {
            any: [
              { fact: "education", op: "gte", value: "MASTER" },
              { fact: "annualSalary", op: "gte", value: 500000 },
            ],
          },
        ],
      },
      {
        all: [
          { fact: "employerDistrict", op: "eq", value: "310112" },
          { fact: "employerIsKeyEnterprise", op: "eq", value: true },
          { fact: "socialInsuranceMonths", op: "gte", value: 6 },
        ],
      },
    ];
    const visitor: TFacts = { education: "MASTER", employerDistrict: "310106", age: 31, nationality: "中国" };
    const facts: TFacts = {};
    const asked: TFactKey[] = [];
    for (;;) {
      const verdicts = rules.map((r) => explain(r, facts, { asOf }));
      const next = nextQuestion(verdicts, { answered: asked, skipped: [] });
      if (next === null) {
        expect(verdicts.map((v) => v.outcome)).toEqual(["ELIGIBLE", "INELIGIBLE"]);
        break;
      }
      asked.push(next);
      Object.assign(facts, { [next]: visitor[next] });
    }
    // employerDistrict (needed by both) first, then catalogue order; the salary (a master's degree already passes
    // the "any") and the Minhang facts (that rule failed on the district) are screened out.
    expect(asked).toEqual(["employerDistrict", "age", "education"]);
  });
});

describe("parseAnswer", () => {
  it("reads whole numbers, with separators and full-width digits", () => {
    expect(parseAnswer("age", "31")).toEqual({ ok: true, value: 31 });
    expect(parseAnswer("age", " ３１ ")).toEqual({ ok: true, value: 31 });
    expect(parseAnswer("annualSalary", "500,000")).toEqual({ ok: true, value: 500000 });
    expect(parseAnswer("annualSalary", "123456.5")).toEqual({ ok: true, value: 123456.5 });
    expect(parseAnswer("socialInsuranceMonths", "0")).toEqual({ ok: true, value: 0 });
  });

  it("rejects empty, negative, fractional and non-numeric answers", () => {
    expect(parseAnswer("age", "")).toEqual({ ok: false, error: "required" });
    expect(parseAnswer("age", "   ")).toEqual({ ok: false, error: "required" });
    expect(parseAnswer("age", "-3")).toEqual({ ok: false, error: "negative" });
    expect(parseAnswer("annualSalary", "－1")).toEqual({ ok: false, error: "negative" });
    expect(parseAnswer("age", "31.5")).toEqual({ ok: false, error: "integer" });
    expect(parseAnswer("age", "三十")).toEqual({ ok: false, error: "number" });
    expect(parseAnswer("annualSalary", "50万")).toEqual({ ok: false, error: "number" });
    expect(parseAnswer("age", "1e3")).toEqual({ ok: false, error: "number" });
  });

  it("reads choices and yes/no, and asks for a choice when none was made", () => {
    expect(parseAnswer("education", "MASTER")).toEqual({ ok: true, value: "MASTER" });
    expect(parseAnswer("education", "PHD")).toEqual({ ok: false, error: "choose" });
    expect(parseAnswer("education", "")).toEqual({ ok: false, error: "choose" });
    expect(parseAnswer("ownsHomeInShanghai", "false")).toEqual({ ok: true, value: false });
    expect(parseAnswer("ownsHomeInShanghai", "true")).toEqual({ ok: true, value: true });
    expect(parseAnswer("ownsHomeInShanghai", "")).toEqual({ ok: false, error: "choose" });
  });

  it("reads dates and text", () => {
    expect(parseAnswer("birthDate", "1990-02-28")).toEqual({ ok: true, value: "1990-02-28" });
    expect(parseAnswer("birthDate", "1990-02-30")).toEqual({ ok: false, error: "date" });
    expect(parseAnswer("employerIndustry", "  软件  ")).toEqual({ ok: true, value: "软件" });
    expect(parseAnswer("employerIndustry", "")).toEqual({ ok: false, error: "required" });
  });

  it("round-trips through answerToInput", () => {
    for (const [fact, value] of [
      ["age", 31],
      ["annualSalary", 123456.5],
      ["education", "DOCTORATE"],
      ["isReturnee", false],
      ["birthDate", "1990-01-01"],
    ] as const) {
      expect(parseAnswer(fact, answerToInput(value))).toEqual({ ok: true, value });
    }
    expect(answerToInput(undefined)).toBe("");
  });
});
