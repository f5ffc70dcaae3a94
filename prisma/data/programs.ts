// The three demo talent programs (issue 5). Names, tiers, classes and the 春申 A-tier housing figures come from the
// sources; every other figure, rule and material list is illustrative and says so (示例).
import type { TRule } from "@/lib/domain/eligibility";

export interface TBenefitSeed {
  /** Entitlement category, for the no-double-funding check: AWARD 资助奖励, HOUSING 安居, SERVICE 服务. */
  category: "AWARD" | "HOUSING" | "SERVICE";
  name: string;
  nameEn: string;
  /** Yuan; absent when no source gives a figure. */
  amount?: number;
  unit?: "ONCE" | "MONTH" | "YEAR";
  note?: string;
}

export interface TProgramSeed {
  slug: string;
  name: string;
  nameEn: string;
  districtCode: string;
  policySlug: string;
  description: string;
  rule: TRule;
  ruleNote: string;
  employerConfirms: boolean;
  expertReview: boolean;
  classes: string[];
  tiers: { key: string; name: string; nameEn: string; summary?: string; rule?: TRule; benefits: TBenefitSeed[] }[];
  batch: { name: string; opensInDays: number; closesInDays: number; quota: number };
}

export const EXAMPLE = "示例：原文未列明，仅为演示，以正式申报通知为准。";
/** The A-tier figures are from public reports of 春申人才计划 5.0, not from the texts in data/policies. */
const SOURCE_A = "据春申人才计划 5.0 公开报道，以正式文件为准。";

const EXAMPLE_AWARD = (name: string, nameEn: string): TBenefitSeed => ({
  category: "AWARD",
  name,
  nameEn,
  note: EXAMPLE,
});

/** Materials every demo program asks for (示例). */
export const DEMO_MATERIALS = [
  { key: "identity", name: "身份证明", nameEn: "Proof of identity", required: true },
  { key: "degree", name: "学历学位证书", nameEn: "Degree certificates", required: true },
  { key: "contract", name: "劳动合同", nameEn: "Employment contract", required: true },
  { key: "insurance", name: "近 6 个月社保缴纳记录", nameEn: "Social insurance record, last 6 months", required: true },
  {
    key: "achievements",
    name: "业绩成果材料",
    nameEn: "Evidence of achievements",
    required: false,
    hint: "论文、专利、获奖、项目等，可上传多个文件",
  },
];

export const DEMO_PROGRAMS: TProgramSeed[] = [
  {
    slug: "jingan-jingying",
    name: "“静英”人才行动计划",
    nameEn: "Jing'an “Jingying” Talent Action Plan",
    districtCode: "310106",
    policySlug: "jingan-talent-new-policy-15",
    description:
      "静安区“人才新政15条”的第一板块，共推出 6 个子项目，面向在静安区工作的各类优秀人才，经用人单位推荐，区人才办组织评审认定。",
    rule: { fact: "employerDistrict", op: "eq", value: "310106" },
    ruleNote: `${EXAMPLE}（申报条件）`,
    employerConfirms: true,
    expertReview: true,
    classes: [],
    tiers: [
      {
        key: "leading",
        name: "“静英”领军人才",
        nameEn: "Leading talent",
        benefits: [EXAMPLE_AWARD("人才资助", "Talent grant")],
      },
      {
        key: "industry",
        name: "“静英”产业英才",
        nameEn: "Industry talent",
        benefits: [EXAMPLE_AWARD("人才资助", "Talent grant")],
      },
      {
        key: "international",
        name: "“静英”国际人才创新创业",
        nameEn: "International innovation and entrepreneurship",
        benefits: [EXAMPLE_AWARD("创新创业资助", "Start-up grant")],
      },
      {
        key: "educators",
        name: "“静英”名师名校长",
        nameEn: "Renowned teachers and principals",
        benefits: [EXAMPLE_AWARD("人才资助", "Talent grant")],
      },
      {
        key: "doctors",
        name: "“静英”名医",
        nameEn: "Renowned doctors",
        benefits: [EXAMPLE_AWARD("人才资助", "Talent grant")],
      },
      {
        key: "youth",
        name: "“静英”青年英才开发",
        nameEn: "Young talent development",
        rule: { fact: "age", op: "lte", value: 35 },
        benefits: [EXAMPLE_AWARD("青年人才资助", "Young talent grant")],
      },
    ],
    batch: { name: "2026 年度申报", opensInDays: -20, closesInDays: 40, quota: 50 },
  },
  {
    slug: "minhang-chunshen-pyramid",
    name: "春申金字塔人才计划",
    nameEn: "Minhang Chunshen Pyramid Talent Plan",
    districtCode: "310112",
    policySlug: "minhang-stay-in-minhang-2022-2024",
    description:
      "闵行区春申金字塔人才计划（春申人才计划 5.0），分 A 顶尖人才、B 卓越人才、C 杰出人才、D 精英人才、E 青年创新人才五个层级，按学术类、技术类、管理类三类申报，重点企业人才优先。",
    rule: { fact: "employerDistrict", op: "eq", value: "310112" },
    ruleNote: `${EXAMPLE}（申报条件）`,
    employerConfirms: true,
    expertReview: true,
    classes: ["学术类", "技术类", "管理类"],
    tiers: [
      {
        key: "A",
        name: "A 顶尖人才",
        nameEn: "A Top talent",
        benefits: [
          {
            category: "HOUSING",
            name: "购房补贴（最高）",
            nameEn: "Home purchase subsidy (up to)",
            amount: 5_000_000,
            unit: "ONCE",
            note: SOURCE_A,
          },
          {
            category: "HOUSING",
            name: "租房补贴（最高，与购房补贴二选一）",
            nameEn: "Rent subsidy (up to; instead of the purchase subsidy)",
            amount: 20_000,
            unit: "MONTH",
            note: SOURCE_A,
          },
        ],
      },
      {
        key: "B1",
        name: "B1 卓越人才",
        nameEn: "B1 Outstanding talent",
        benefits: [EXAMPLE_AWARD("安居补贴", "Housing subsidy")],
      },
      {
        key: "B2",
        name: "B2 卓越人才",
        nameEn: "B2 Outstanding talent",
        benefits: [EXAMPLE_AWARD("安居补贴", "Housing subsidy")],
      },
      {
        key: "C1",
        name: "C1 杰出人才",
        nameEn: "C1 Distinguished talent",
        benefits: [EXAMPLE_AWARD("安居补贴", "Housing subsidy")],
      },
      {
        key: "C2",
        name: "C2 杰出人才",
        nameEn: "C2 Distinguished talent",
        benefits: [EXAMPLE_AWARD("安居补贴", "Housing subsidy")],
      },
      {
        key: "D",
        name: "D 精英人才",
        nameEn: "D Elite talent",
        benefits: [EXAMPLE_AWARD("安居补贴", "Housing subsidy")],
      },
      {
        key: "E",
        name: "E 青年创新人才",
        nameEn: "E Young innovator",
        rule: { fact: "age", op: "lte", value: 35 },
        benefits: [EXAMPLE_AWARD("安居补贴", "Housing subsidy")],
      },
    ],
    batch: { name: "2026 年度第二批", opensInDays: -35, closesInDays: 25, quota: 100 },
  },
  {
    slug: "changning-leading-talents",
    name: "长宁区领军拔尖人才选拔培养计划",
    nameEn: "Changning Leading and Top Talent Programme",
    districtCode: "310105",
    policySlug: "changning-sci-tech-talent-cluster-2020",
    description: "长宁区每三年开展一次领军拔尖人才选拔培养，设十大领军人才、领军人才、专业技术拔尖人才三个层次。",
    rule: {
      all: [
        { fact: "employerDistrict", op: "eq", value: "310105" },
        {
          any: [
            { fact: "professionalTitle", op: "gte", value: "ASSOCIATE_SENIOR" },
            { fact: "education", op: "gte", value: "DOCTORATE" },
          ],
        },
      ],
    },
    ruleNote: `${EXAMPLE}（申报条件）`,
    employerConfirms: true,
    expertReview: true,
    classes: [],
    tiers: [
      {
        key: "top10",
        name: "十大领军人才",
        nameEn: "Top ten leading talents",
        benefits: [EXAMPLE_AWARD("培养资助", "Development grant")],
      },
      {
        key: "leading",
        name: "领军人才",
        nameEn: "Leading talent",
        benefits: [EXAMPLE_AWARD("培养资助", "Development grant")],
      },
      {
        key: "professional",
        name: "专业技术拔尖人才",
        nameEn: "Top professional and technical talent",
        benefits: [EXAMPLE_AWARD("培养资助", "Development grant")],
      },
    ],
    // Every three years: the next selection opens later.
    batch: { name: "2027 年度选拔", opensInDays: 100, closesInDays: 160, quota: 30 },
  },
];
