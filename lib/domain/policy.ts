// What a policy is about, in keys the code uses and words the texts use. The keyword lists give a first guess at
// import time; admins correct categories and target groups on the policy itself.
export const POLICY_CATEGORIES = [
  "ATTRACTION",
  "DEVELOPMENT",
  "REWARDS",
  "HOUSING",
  "ENTREPRENEURSHIP",
  "EDUCATION",
  "MEDICAL",
  "IMMIGRATION",
  "SERVICE",
] as const;
export type TPolicyCategory = (typeof POLICY_CATEGORIES)[number];

export const TARGET_GROUPS = [
  "HIGH_LEVEL",
  "YOUTH",
  "OVERSEAS",
  "SKILLED",
  "ENTREPRENEUR",
  "ENTERPRISE",
  "EDUCATION_HEALTH",
] as const;
export type TTargetGroup = (typeof TARGET_GROUPS)[number];

export const POLICY_STATUSES = ["DRAFT", "PUBLISHED", "EXPIRED", "SUPERSEDED"] as const;
export type TPolicyStatus = (typeof POLICY_STATUSES)[number];
/** What visitors may see: current texts and, marked, the expired and superseded ones. */
export const PUBLIC_STATUSES: readonly TPolicyStatus[] = ["PUBLISHED", "EXPIRED", "SUPERSEDED"];

const CATEGORY_WORDS: Record<TPolicyCategory, string[]> = {
  ATTRACTION: ["引进", "引才", "落户", "集聚", "招引", "海外人才"],
  DEVELOPMENT: ["培养", "培育", "培训", "研修", "继续教育", "梯队"],
  REWARDS: ["奖励", "激励", "资助", "奖金", "经济贡献"],
  HOUSING: ["住房", "安居", "公寓", "租房", "租金", "购房", "轮候"],
  ENTREPRENEURSHIP: ["创业", "孵化", "初创", "创客", "天使投资"],
  EDUCATION: ["子女", "入学", "入园", "就学"],
  MEDICAL: ["医疗", "就医", "医院", "健康", "绿色通道"],
  IMMIGRATION: ["出入境", "签证", "居留", "工作许可", "外国人"],
  SERVICE: ["服务", "一网通办", "人才码", "窗口", "驿站"],
};

const TARGET_WORDS: Record<TTargetGroup, string[]> = {
  HIGH_LEVEL: ["领军", "高层次", "顶尖", "拔尖", "院士"],
  YOUTH: ["青年", "大学生", "毕业生", "博士后"],
  OVERSEAS: ["海外", "留学", "外籍", "外国", "国际人才", "港澳台"],
  SKILLED: ["技能", "工匠", "技师"],
  ENTREPRENEUR: ["创业", "创客"],
  ENTERPRISE: ["企业", "用人单位"],
  EDUCATION_HEALTH: ["名师", "名医", "教师", "医生", "卫生"],
};

function matching<K extends string>(words: Record<K, string[]>, text: string): K[] {
  return (Object.keys(words) as K[]).filter((key) => words[key].some((w) => text.includes(w)));
}

/** Categories whose words appear in the text (a first guess, edited by admins). */
export function guessCategories(text: string): TPolicyCategory[] {
  return matching(CATEGORY_WORDS, text);
}

export function guessTargetGroups(text: string): TTargetGroup[] {
  return matching(TARGET_WORDS, text);
}

/** The entitlement category (不重复资助 compares within one) a policy's benefit falls under, from its categories. */
export function benefitCategoryOf(categories: readonly string[]): "HOUSING" | "AWARD" | "SERVICE" {
  if (categories.includes("HOUSING")) return "HOUSING";
  if (categories.some((c) => c === "REWARDS" || c === "ATTRACTION" || c === "DEVELOPMENT" || c === "ENTREPRENEURSHIP"))
    return "AWARD";
  return "SERVICE";
}
