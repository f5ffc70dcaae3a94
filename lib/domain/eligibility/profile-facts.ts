import { chinaCalendarDate, monthsBetween } from "../dates";
import type { TDistrictCode } from "../districts";
import type { TEducation, THukou, TProfessionalTitle } from "../profile";
import { deriveFacts, type TFacts } from "./facts";

/** What the portal keeps about a talent that rules can ask about, with dates as "YYYY-MM-DD". */
export interface TProfileForFacts {
  birthDate: string | null;
  sex: string | null;
  education: TEducation | null;
  professionalTitle: TProfessionalTitle | null;
  hukou: THukou | null;
  nationality: string | null;
  isReturnee: boolean | null;
  returnDate: string | null;
  graduationYear: number | null;
  socialInsuranceMonths: number | null;
  annualSalary: number | null;
  ownsHomeInShanghai: boolean | null;
  contractEndDate: string | null;
  /** The talent's employer, only when verified: an unverified employer's district proves nothing. */
  employer: {
    districtCode: string;
    industry: string | null;
    keyEnterpriseUntil: string | null;
  } | null;
}

/**
 * The facts a profile answers on `asOf`: durations are counted to that day (China calendar), the key-enterprise
 * status holds while its recognition lasts, and what the profile leaves blank stays unknown, so a rule that needs
 * it says "需补充信息" rather than guessing.
 */
export function factsFromProfile(p: TProfileForFacts, asOf: Date): TFacts {
  const today = chinaCalendarDate(asOf);
  const facts: TFacts = {
    birthDate: p.birthDate,
    sex: p.sex === "M" || p.sex === "F" ? p.sex : null,
    education: p.education,
    professionalTitle: p.professionalTitle,
    hukou: p.hukou,
    nationality: p.nationality,
    isReturnee: p.isReturnee,
    monthsSinceReturn:
      p.isReturnee === true && p.returnDate !== null ? Math.max(0, monthsBetween(p.returnDate, today)) : null,
    yearsSinceGraduation: p.graduationYear !== null ? Math.max(0, Number(today.slice(0, 4)) - p.graduationYear) : null,
    socialInsuranceMonths: p.socialInsuranceMonths,
    annualSalary: p.annualSalary,
    ownsHomeInShanghai: p.ownsHomeInShanghai,
    contractMonthsRemaining: p.contractEndDate !== null ? Math.max(0, monthsBetween(today, p.contractEndDate)) : null,
    employerDistrict: (p.employer?.districtCode as TDistrictCode | undefined) ?? null,
    employerIsKeyEnterprise:
      p.employer === null ? null : p.employer.keyEnterpriseUntil !== null && p.employer.keyEnterpriseUntil >= today,
    employerIndustry: p.employer?.industry ?? null,
  };
  return deriveFacts(facts, asOf);
}
