// Example eligibility rules for the demo policies. The source texts name who a benefit is for ("优秀人才",
// "硕士、博士", "经用人单位推荐认定") but give no thresholds, so every figure below is illustrative and each rule says so
// in its note, which the portal shows beside every verdict.
import type { TRule } from "@/lib/domain/eligibility";

export const EXAMPLE_NOTE = "示例规则：原文未列明具体条件，以下条件仅为演示，以正式申报通知为准。";

export const DEMO_RULES: Record<
  string,
  { rule: TRule; applyFree?: boolean; employerConfirms?: boolean; note?: string }
> = {
  // Art. 18: 货币化租房补贴 for 优秀人才, 经用人单位推荐认定.
  "changning-sci-tech-talent-cluster-2020": {
    employerConfirms: true,
    rule: {
      all: [
        { fact: "employerDistrict", op: "eq", value: "310105" },
        { fact: "education", op: "gte", value: "MASTER" },
        { fact: "ownsHomeInShanghai", op: "eq", value: false },
        {
          any: [
            { fact: "age", op: "lte", value: 35 },
            { fact: "professionalTitle", op: "gte", value: "ASSOCIATE_SENIOR" },
          ],
        },
      ],
    },
  },
  // 春申金字塔人才计划: talents of key enterprises; 安居补贴 paid yearly, so it is offered apply-free (免申即享).
  "minhang-stay-in-minhang-2022-2024": {
    applyFree: true,
    employerConfirms: true,
    rule: {
      all: [
        { fact: "employerDistrict", op: "eq", value: "310112" },
        { fact: "employerIsKeyEnterprise", op: "eq", value: true },
        { fact: "education", op: "gte", value: "BACHELOR" },
        { fact: "socialInsuranceMonths", op: "gte", value: 6 },
      ],
    },
  },
  "jingan-talent-new-policy-15": {
    rule: {
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
  },
  // Task 16, the 321 plan: talent apartments for core team members of start-ups.
  "jiading-13th-five-year-talent-plan-2016": {
    rule: {
      all: [
        { fact: "employerDistrict", op: "eq", value: "310114" },
        { fact: "ownsHomeInShanghai", op: "eq", value: false },
        {
          any: [
            { fact: "education", op: "gte", value: "DOCTORATE" },
            { fact: "professionalTitle", op: "gte", value: "ASSOCIATE_SENIOR" },
          ],
        },
        { not: { fact: "contractMonthsRemaining", op: "lt", value: 12 } },
      ],
    },
  },
};
