// The talent facts that rules compare. Order matters: eligibility asks "at least a master's degree".
export const EDUCATION_LEVELS = ["HIGH_SCHOOL", "ASSOCIATE", "BACHELOR", "MASTER", "DOCTORATE"] as const;
export const PROFESSIONAL_TITLES = ["NONE", "JUNIOR", "INTERMEDIATE", "ASSOCIATE_SENIOR", "SENIOR"] as const;
export const HUKOU_TYPES = ["LOCAL", "NON_LOCAL", "HK_MO_TW", "FOREIGN"] as const;
export const ID_TYPES = ["RESIDENT_ID", "PASSPORT"] as const;

export type TEducation = (typeof EDUCATION_LEVELS)[number];
export type TProfessionalTitle = (typeof PROFESSIONAL_TITLES)[number];
export type THukou = (typeof HUKOU_TYPES)[number];
export type TIdType = (typeof ID_TYPES)[number];

export function rankOf<T extends string>(scale: readonly T[], value: T): number {
  return scale.indexOf(value);
}

export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
export const PASSPORT_PATTERN = /^[A-Z0-9]{5,17}$/;

/** A sign-in name is a mainland mobile number or an e-mail address. */
export function identifierKind(input: string): "mobile" | "email" | null {
  const v = input.trim();
  if (MOBILE_PATTERN.test(v)) return "mobile";
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) return "email";
  return null;
}
