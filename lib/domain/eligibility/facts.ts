import { z } from "zod";
import { DISTRICTS, type TDistrictCode } from "../districts";
import { ageOn, parseIdNumber } from "../id-number";
import {
  EDUCATION_LEVELS,
  HUKOU_TYPES,
  PROFESSIONAL_TITLES,
  type TEducation,
  type THukou,
  type TProfessionalTitle,
} from "../profile";

export type TFactType = "date" | "string" | "integer" | "number" | "boolean" | "enum";

export interface TEnumValue {
  value: string;
  name: string;
  nameEn: string;
}

interface TFactBase {
  key: TFactKey;
  label: string;
  labelEn: string;
  question: string;
  questionEn: string;
  /** Whose attribute it is; explanations say "您为…" or "您的单位为…" accordingly. */
  subject: "self" | "employer";
}

export type TFactDef = TFactBase &
  (
    | { type: "date" | "string" }
    | { type: "integer" | "number"; unit: string; unitEn: string }
    | { type: "boolean"; yes: string; yesEn: string; no: string; noEn: string }
    | { type: "enum"; ordinal: boolean; values: readonly TEnumValue[] }
  );

export const FACT_KEYS = [
  "birthDate",
  "idNumber",
  "age",
  "sex",
  "education",
  "professionalTitle",
  "hukou",
  "nationality",
  "isReturnee",
  "monthsSinceReturn",
  "yearsSinceGraduation",
  "socialInsuranceMonths",
  "annualSalary",
  "ownsHomeInShanghai",
  "contractMonthsRemaining",
  "employerDistrict",
  "employerIsKeyEnterprise",
  "employerIndustry",
] as const;
export type TFactKey = (typeof FACT_KEYS)[number];

// Null is accepted as "not provided" because profile rows store unanswered questions as NULL.
export type TFacts = {
  birthDate?: string | null;
  idNumber?: string | null;
  age?: number | null;
  sex?: "M" | "F" | null;
  education?: TEducation | null;
  professionalTitle?: TProfessionalTitle | null;
  hukou?: THukou | null;
  nationality?: string | null;
  isReturnee?: boolean | null;
  monthsSinceReturn?: number | null;
  yearsSinceGraduation?: number | null;
  socialInsuranceMonths?: number | null;
  annualSalary?: number | null;
  ownsHomeInShanghai?: boolean | null;
  contractMonthsRemaining?: number | null;
  employerDistrict?: TDistrictCode | null;
  employerIsKeyEnterprise?: boolean | null;
  employerIndustry?: string | null;
};
export type TFactValue = NonNullable<TFacts[TFactKey]>;

const EDUCATION_NAMES: Record<TEducation, [string, string]> = {
  HIGH_SCHOOL: ["高中及以下", "High school or below"],
  ASSOCIATE: ["大专", "Associate degree"],
  BACHELOR: ["本科", "Bachelor's"],
  MASTER: ["硕士研究生", "Master's"],
  DOCTORATE: ["博士研究生", "Doctorate"],
};
const TITLE_NAMES: Record<TProfessionalTitle, [string, string]> = {
  NONE: ["无", "None"],
  JUNIOR: ["初级", "Junior"],
  INTERMEDIATE: ["中级", "Intermediate"],
  ASSOCIATE_SENIOR: ["副高级", "Associate senior"],
  SENIOR: ["正高级", "Senior"],
};
const HUKOU_NAMES: Record<THukou, [string, string]> = {
  LOCAL: ["上海户籍", "Shanghai hukou"],
  NON_LOCAL: ["非沪籍", "Other Chinese hukou"],
  HK_MO_TW: ["港澳台居民", "Hong Kong, Macao or Taiwan resident"],
  FOREIGN: ["外籍", "Foreign national"],
};

function enumValues<T extends string>(scale: readonly T[], names: Record<T, [string, string]>): TEnumValue[] {
  return scale.map((value) => ({ value, name: names[value][0], nameEn: names[value][1] }));
}

const MONTHS = { unit: "个月", unitEn: "months" } as const;

export const FACTS: { readonly [K in TFactKey]: TFactDef & { key: K } } = {
  birthDate: {
    key: "birthDate",
    type: "date",
    subject: "self",
    label: "出生日期",
    labelEn: "Date of birth",
    question: "您的出生日期是？",
    questionEn: "What is your date of birth?",
  },
  idNumber: {
    key: "idNumber",
    type: "string",
    subject: "self",
    label: "身份证号",
    labelEn: "Resident ID number",
    question: "请填写您的18位居民身份证号码。",
    questionEn: "Please enter your 18-character resident ID number.",
  },
  age: {
    key: "age",
    type: "integer",
    subject: "self",
    label: "年龄",
    labelEn: "Age",
    question: "您的年龄是？（填写出生日期或身份证号后将自动计算）",
    questionEn: "How old are you? (Worked out for you from your date of birth or ID number.)",
    unit: "周岁",
    unitEn: "years",
  },
  sex: {
    key: "sex",
    type: "enum",
    ordinal: false,
    subject: "self",
    label: "性别",
    labelEn: "Sex",
    question: "您的性别是？",
    questionEn: "What is your sex?",
    values: [
      { value: "M", name: "男", nameEn: "Male" },
      { value: "F", name: "女", nameEn: "Female" },
    ],
  },
  education: {
    key: "education",
    type: "enum",
    ordinal: true,
    subject: "self",
    label: "学历",
    labelEn: "Highest degree",
    question: "您的最高学历是？",
    questionEn: "What is your highest degree?",
    values: enumValues(EDUCATION_LEVELS, EDUCATION_NAMES),
  },
  professionalTitle: {
    key: "professionalTitle",
    type: "enum",
    ordinal: true,
    subject: "self",
    label: "专业技术职称",
    labelEn: "Professional title",
    question: "您目前的专业技术职称是？",
    questionEn: "What is your current professional title?",
    values: enumValues(PROFESSIONAL_TITLES, TITLE_NAMES),
  },
  hukou: {
    key: "hukou",
    type: "enum",
    ordinal: false,
    subject: "self",
    label: "户籍",
    labelEn: "Household registration (hukou)",
    question: "您的户籍类型是？",
    questionEn: "What is your household registration (hukou)?",
    values: enumValues(HUKOU_TYPES, HUKOU_NAMES),
  },
  nationality: {
    key: "nationality",
    type: "string",
    subject: "self",
    label: "国籍",
    labelEn: "Nationality",
    question: "您的国籍是？",
    questionEn: "What is your nationality?",
  },
  isReturnee: {
    key: "isReturnee",
    type: "boolean",
    subject: "self",
    label: "留学回国人员",
    labelEn: "Returned from studying abroad",
    question: "您是否为留学回国人员？",
    questionEn: "Have you returned to China after studying abroad?",
    yes: "您是留学回国人员",
    yesEn: "you returned from studying abroad",
    no: "您不是留学回国人员",
    noEn: "you did not study abroad",
  },
  monthsSinceReturn: {
    key: "monthsSinceReturn",
    type: "integer",
    subject: "self",
    label: "回国时间",
    labelEn: "Time since returning",
    question: "您回国已有多少个月？",
    questionEn: "How many months ago did you return to China?",
    ...MONTHS,
  },
  yearsSinceGraduation: {
    key: "yearsSinceGraduation",
    type: "integer",
    subject: "self",
    label: "毕业年限",
    labelEn: "Years since graduation",
    question: "您毕业已有多少年？",
    questionEn: "How many years ago did you graduate?",
    unit: "年",
    unitEn: "years",
  },
  socialInsuranceMonths: {
    key: "socialInsuranceMonths",
    type: "integer",
    subject: "self",
    label: "社保缴纳",
    labelEn: "Social insurance paid",
    question: "您在本区已连续缴纳社保多少个月？",
    questionEn: "For how many months have you paid social insurance in the district?",
    ...MONTHS,
  },
  annualSalary: {
    key: "annualSalary",
    type: "number",
    subject: "self",
    label: "年薪",
    labelEn: "Annual salary",
    question: "您上一年度的税前年薪是多少元？",
    questionEn: "What was your gross salary last year, in yuan?",
    unit: "元",
    unitEn: "yuan",
  },
  ownsHomeInShanghai: {
    key: "ownsHomeInShanghai",
    type: "boolean",
    subject: "self",
    label: "在沪自有住房",
    labelEn: "Owns a home in Shanghai",
    question: "您或配偶在上海是否有自有住房？",
    questionEn: "Do you or your spouse own a home in Shanghai?",
    yes: "您在上海有自有住房",
    yesEn: "you own a home in Shanghai",
    no: "您在上海无自有住房",
    noEn: "you do not own a home in Shanghai",
  },
  contractMonthsRemaining: {
    key: "contractMonthsRemaining",
    type: "integer",
    subject: "self",
    label: "劳动合同剩余期限",
    labelEn: "Employment contract remaining",
    question: "您当前劳动合同还剩多少个月？",
    questionEn: "How many months are left on your current employment contract?",
    ...MONTHS,
  },
  employerDistrict: {
    key: "employerDistrict",
    type: "enum",
    ordinal: false,
    subject: "employer",
    label: "单位所在区",
    labelEn: "Employer's district",
    question: "您的工作单位位于哪个区？",
    questionEn: "In which district is your employer?",
    values: DISTRICTS.map((d) => ({ value: d.code, name: d.name, nameEn: d.nameEn })),
  },
  employerIsKeyEnterprise: {
    key: "employerIsKeyEnterprise",
    type: "boolean",
    subject: "employer",
    label: "重点企业",
    labelEn: "Key enterprise",
    question: "您的工作单位是否为区重点企业？",
    questionEn: "Is your employer one of the district's key enterprises?",
    yes: "您的单位是重点企业",
    yesEn: "your employer is a key enterprise",
    no: "您的单位不是重点企业",
    noEn: "your employer is not a key enterprise",
  },
  employerIndustry: {
    key: "employerIndustry",
    type: "string",
    subject: "employer",
    label: "单位所属行业",
    labelEn: "Employer's industry",
    question: "您的工作单位属于哪个行业？",
    questionEn: "Which industry is your employer in?",
  },
};

export function isFactKey(key: unknown): key is TFactKey {
  return typeof key === "string" && Object.hasOwn(FACTS, key);
}

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  // Round-tripping through UTC rejects 2023-02-29 and friends without a calendar table.
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** "年龄（age）" — both words, so Chinese readers and rule authors each find the field. */
function named(def: TFactDef): string {
  return `${def.label}（${def.key}）`;
}

function factSchema(def: TFactDef): z.ZodType<TFactValue | null | undefined> {
  const n = named(def);
  switch (def.type) {
    case "date":
      return z
        .string({ error: `${n}应为日期（YYYY-MM-DD）` })
        .refine(isIsoDate, `${n}应为有效日期（YYYY-MM-DD）`)
        .nullish();
    case "integer":
      return z
        .number({ error: `${n}应为整数` })
        .int(`${n}应为整数`)
        .min(0, `${n}不能为负数`)
        .nullish();
    case "number":
      return z
        .number({ error: `${n}应为数值` })
        .min(0, `${n}不能为负数`)
        .nullish();
    case "boolean":
      return z.boolean({ error: `${n}应为是或否（true/false）` }).nullish();
    case "enum": {
      const values = def.values.map((v) => v.value);
      return z
        .string({ error: `${n}应为以下取值之一：${values.join("、")}` })
        .refine((v) => values.includes(v), `${n}应为以下取值之一：${values.join("、")}`)
        .nullish() as z.ZodType<TFactValue | null | undefined>;
    }
    case "string":
      if (def.key === "idNumber") {
        return z
          .string({ error: `${n}应为文本` })
          .transform((value, ctx) => {
            const parsed = parseIdNumber(value);
            if (parsed.ok) return parsed.value;
            ctx.addIssue({ code: "custom", message: `${n}：${parsed.error}` });
            return z.NEVER;
          })
          .nullish();
      }
      return z
        .string({ error: `${n}应为文本` })
        .trim()
        .min(1, `${n}不能为空`)
        .nullish();
  }
}

const shape = Object.fromEntries(FACT_KEYS.map((key) => [key, factSchema(FACTS[key])])) as Record<
  TFactKey,
  z.ZodType<TFactValue | null | undefined>
>;

/**
 * Validates user-supplied facts. Messages name the offending fact (label and key) so a form can show them and a
 * developer can find the field. A birth date or sex that contradicts the ID number is rejected, since the derived
 * age would otherwise silently disagree with the one the user typed.
 */
export const ZFacts = z
  .strictObject(shape, {
    error: (iss) =>
      iss.code === "unrecognized_keys"
        ? `未知的条件项：${iss.keys.join("、")}`
        : iss.code === "invalid_type"
          ? "条件信息应为对象"
          : undefined,
  })
  .superRefine((facts, ctx) => {
    if (typeof facts.idNumber !== "string") return;
    const parsed = parseIdNumber(facts.idNumber);
    if (!parsed.ok) return;
    if (typeof facts.birthDate === "string" && facts.birthDate !== parsed.birthDate) {
      ctx.addIssue({ code: "custom", path: ["birthDate"], message: "出生日期（birthDate）与身份证号不一致" });
    }
    if (typeof facts.sex === "string" && facts.sex !== parsed.sex) {
      ctx.addIssue({ code: "custom", path: ["sex"], message: "性别（sex）与身份证号不一致" });
    }
  }) as unknown as z.ZodType<TFacts, unknown>;

/**
 * Fills what can be worked out: birth date and sex from the ID number, and age in full years on `asOf` (China
 * calendar date) from the birth date. Facts the user gave are kept as given. `asOf` also stands for "today" when
 * checking the ID number, so an evaluation dated before someone's birth yields no age rather than a negative one.
 */
export function deriveFacts(facts: TFacts, asOf: Date): TFacts {
  const out: TFacts = { ...facts };
  if (typeof out.idNumber === "string" && (out.birthDate == null || out.sex == null)) {
    const parsed = parseIdNumber(out.idNumber, { now: asOf });
    if (parsed.ok) {
      out.birthDate ??= parsed.birthDate;
      out.sex ??= parsed.sex;
    }
  }
  if (out.age == null && isIsoDate(out.birthDate)) {
    const age = ageOn(out.birthDate, asOf);
    if (age >= 0) out.age = age;
  }
  return out;
}
