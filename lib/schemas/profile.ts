import { z } from "zod";
import { EDUCATION_LEVELS, HUKOU_TYPES, PROFESSIONAL_TITLES } from "@/lib/domain/profile";
import { zDate, zOptionalEnum, zOptionalInt, zOptionalText, zText, zYesNo } from "./common";

const thisYear = new Date().getFullYear();

/** The facts a talent keeps about themselves. The ID number is set at registration and shown masked here. */
export const ZTalentProfile = z.object({
  realName: zText(50),
  education: zOptionalEnum(EDUCATION_LEVELS),
  graduationYear: zOptionalInt(1950, thisYear + 1),
  graduationSchool: zOptionalText(100),
  professionalTitle: zOptionalEnum(PROFESSIONAL_TITLES),
  hukou: zOptionalEnum(HUKOU_TYPES),
  nationality: zOptionalText(50),
  isReturnee: zYesNo,
  returnDate: zDate,
  ownsHomeInShanghai: zYesNo,
  employerId: zOptionalText(40),
  socialInsuranceMonths: zOptionalInt(0, 600),
  annualSalary: zOptionalInt(0, 100_000_000),
  contractEndDate: zDate,
});
export type TTalentProfile = z.infer<typeof ZTalentProfile>;
