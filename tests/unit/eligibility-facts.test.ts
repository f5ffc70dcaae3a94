import { describe, expect, it } from "vitest";
import { deriveFacts, FACT_KEYS, FACTS, ZFacts } from "../../lib/domain/eligibility";
import { ID_NUMBER_MESSAGES } from "../../lib/domain/id-number";

// Independent GB 11643 check character (weights 2^(17-i) mod 11), so the tests do not trust the code under test.
function withCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  return first17 + "10X98765432"[sum % 11];
}
const id = (yyyymmdd: string, seq = "123") => withCheck(`310106${yyyymmdd}${seq}`);
const breakCheck = (v: string) => v.slice(0, 17) + (v[17] === "0" ? "1" : "0");
/** Noon on a China calendar date, far from either midnight. */
const cst = (date: string, time = "12:00:00") => new Date(`${date}T${time}+08:00`);

describe("fact catalogue", () => {
  it("describes every fact in both languages", () => {
    for (const key of FACT_KEYS) {
      const def = FACTS[key];
      expect(def.key).toBe(key);
      for (const text of [def.label, def.labelEn, def.question, def.questionEn]) expect(text.length).toBeGreaterThan(0);
      if (def.type === "enum") {
        expect(def.values.length).toBeGreaterThan(1);
        for (const v of def.values) expect(v.name && v.nameEn).toBeTruthy();
      }
    }
  });

  it("keeps education and professional titles in ascending order", () => {
    const edu = FACTS.education;
    const title = FACTS.professionalTitle;
    if (edu.type !== "enum" || title.type !== "enum") throw new Error("expected enums");
    expect(edu.ordinal).toBe(true);
    expect(edu.values.map((v) => v.value)).toEqual(["HIGH_SCHOOL", "ASSOCIATE", "BACHELOR", "MASTER", "DOCTORATE"]);
    expect(edu.values.find((v) => v.value === "MASTER")?.name).toBe("硕士研究生");
    expect(title.ordinal).toBe(true);
    expect(FACTS.hukou.type === "enum" && FACTS.hukou.ordinal).toBe(false);
  });
});

describe("deriveFacts: age", () => {
  const born = { birthDate: "1990-11-22" };

  it("counts full years on the China calendar date", () => {
    expect(deriveFacts(born, cst("2026-11-21")).age).toBe(35);
    expect(deriveFacts(born, cst("2026-11-22")).age).toBe(36);
    expect(deriveFacts(born, cst("2026-11-23")).age).toBe(36);
  });

  it("turns over at midnight China time, not UTC", () => {
    // 2026-11-21T16:00Z is 00:00 on 22 November in Shanghai.
    expect(deriveFacts(born, new Date("2026-11-21T15:59:59Z")).age).toBe(35);
    expect(deriveFacts(born, new Date("2026-11-21T16:00:00Z")).age).toBe(36);
  });

  it("ages a 29 February birth on 1 March in common years", () => {
    const leap = { birthDate: "2000-02-29" };
    expect(deriveFacts(leap, cst("2018-02-28")).age).toBe(17);
    expect(deriveFacts(leap, cst("2018-03-01")).age).toBe(18);
    expect(deriveFacts(leap, cst("2020-02-28")).age).toBe(19);
    expect(deriveFacts(leap, cst("2020-02-29")).age).toBe(20);
  });

  it("derives birth date, sex and age from the ID number", () => {
    const facts = deriveFacts({ idNumber: id("19901122", "123") }, cst("2026-11-22"));
    expect(facts).toMatchObject({ birthDate: "1990-11-22", sex: "M", age: 36 });
    expect(deriveFacts({ idNumber: id("19901122", "124") }, cst("2026-11-21"))).toMatchObject({ sex: "F", age: 35 });
  });

  it("keeps facts the user gave", () => {
    const facts = deriveFacts({ idNumber: id("19901122"), age: 30, birthDate: "1991-01-01" }, cst("2026-11-22"));
    expect(facts).toMatchObject({ age: 30, birthDate: "1991-01-01" });
    // An explicit birth date wins over the ID number's.
    expect(deriveFacts({ idNumber: id("19901122"), birthDate: "1991-01-01" }, cst("2026-11-22")).age).toBe(35);
  });

  it("leaves age absent when it cannot be worked out", () => {
    expect(deriveFacts({}, cst("2026-01-01")).age).toBeUndefined();
    expect(deriveFacts({ idNumber: breakCheck(id("19901122")) }, cst("2026-01-01")).age).toBeUndefined();
    expect(deriveFacts({ birthDate: "2030-01-01" }, cst("2026-01-01")).age).toBeUndefined();
    expect(deriveFacts({ birthDate: "1990-02-30" }, cst("2026-01-01")).age).toBeUndefined();
  });

  it("does not mutate its input", () => {
    const input = { birthDate: "1990-11-22" };
    deriveFacts(input, cst("2026-11-22"));
    expect(input).toEqual({ birthDate: "1990-11-22" });
  });
});

describe("ZFacts", () => {
  const issues = (input: unknown) => {
    const r = ZFacts.safeParse(input);
    if (r.success) throw new Error("expected failure");
    return r.error.issues;
  };

  it("accepts a full, valid profile and treats null as not provided", () => {
    const facts = {
      birthDate: "1990-11-22",
      idNumber: id("19901122"),
      age: 35,
      sex: "M",
      education: "MASTER",
      professionalTitle: "INTERMEDIATE",
      hukou: "NON_LOCAL",
      nationality: "中国",
      isReturnee: true,
      monthsSinceReturn: 10,
      yearsSinceGraduation: 3,
      socialInsuranceMonths: 6,
      annualSalary: 320000.5,
      ownsHomeInShanghai: false,
      contractMonthsRemaining: 24,
      employerDistrict: "310106",
      employerIsKeyEnterprise: true,
      employerIndustry: "集成电路",
    };
    expect(ZFacts.parse(facts)).toEqual(facts);
    expect(ZFacts.parse({ age: null, education: null })).toEqual({ age: null, education: null });
    expect(ZFacts.parse({})).toEqual({});
  });

  it("names an unknown fact", () => {
    const [issue] = issues({ age: 30, salary: 1 });
    expect(issue?.message).toBe("未知的条件项：salary");
  });

  it("names the fact of the wrong type", () => {
    expect(issues({ age: "31" })).toMatchObject([{ path: ["age"], message: "年龄（age）应为整数" }]);
    expect(issues({ age: 31.5 })).toMatchObject([{ path: ["age"], message: "年龄（age）应为整数" }]);
    expect(issues({ isReturnee: "yes" })).toMatchObject([{ path: ["isReturnee"] }]);
    expect(issues({ education: "PHD" })[0]?.message).toContain("学历（education）");
    expect(issues({ employerDistrict: "310000" })[0]?.path).toEqual(["employerDistrict"]);
    expect(issues({ birthDate: "1990-02-30" })[0]?.message).toContain("birthDate");
    expect(issues({ annualSalary: -1 })[0]?.message).toContain("annualSalary");
    expect(issues(42)[0]?.message).toBe("条件信息应为对象");
  });

  it("reports an invalid ID number with parseIdNumber's message", () => {
    expect(issues({ idNumber: breakCheck(id("19901122")) })).toMatchObject([
      { path: ["idNumber"], message: `身份证号（idNumber）：${ID_NUMBER_MESSAGES.checksum}` },
    ]);
  });

  it("normalises a lower-case check character", () => {
    // Search for a sequence number whose check character is X.
    const upper = [...Array(1000).keys()]
      .map((n) => id("19900101", String(n).padStart(3, "0")))
      .find((v) => v.endsWith("X"))!;
    expect(ZFacts.parse({ idNumber: upper.toLowerCase() }).idNumber).toBe(upper);
  });

  it("rejects a birth date or sex that contradicts the ID number", () => {
    expect(issues({ idNumber: id("19901122", "123"), birthDate: "1990-11-23" })).toMatchObject([
      { path: ["birthDate"] },
    ]);
    expect(issues({ idNumber: id("19901122", "123"), sex: "F" })).toMatchObject([{ path: ["sex"] }]);
  });
});
