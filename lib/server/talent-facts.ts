import "server-only";
import { db } from "@/lib/db";
import { decrypt } from "@/lib/crypto";
import { factsFromProfile, type TFacts, type TProfileForFacts } from "@/lib/domain/eligibility";
import type { TEducation, THukou, TProfessionalTitle } from "@/lib/domain/profile";

// The facts rules read about a talent come from their profile and their verified employer, never from what an
// anonymous self-check typed. Matching reads every profile, so rows come by raw SQL in keyset-ordered chunks with
// dates already formatted, and the salary is decrypted only when some rule asks for it.

interface TProfileRow {
  userId: string;
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
  annualSalaryCipher: string | null;
  ownsHomeInShanghai: boolean | null;
  contractEndDate: string | null;
  employerId: string | null;
  employerDistrict: string | null;
  employerIndustry: string | null;
  employerKeyUntil: string | null;
}

export interface TTalentFacts {
  userId: string;
  /** The verified employer, for offers its HR must confirm. */
  employerId: string | null;
  facts: TFacts;
}

function toProfile(row: TProfileRow, withSalary: boolean): TProfileForFacts {
  return {
    birthDate: row.birthDate,
    sex: row.sex,
    education: row.education,
    professionalTitle: row.professionalTitle,
    hukou: row.hukou,
    nationality: row.nationality,
    isReturnee: row.isReturnee,
    returnDate: row.returnDate,
    graduationYear: row.graduationYear,
    socialInsuranceMonths: row.socialInsuranceMonths,
    annualSalary: withSalary && row.annualSalaryCipher !== null ? Number(decrypt(row.annualSalaryCipher)) : null,
    ownsHomeInShanghai: row.ownsHomeInShanghai,
    contractEndDate: row.contractEndDate,
    employer:
      row.employerDistrict === null
        ? null
        : {
            districtCode: row.employerDistrict,
            industry: row.employerIndustry,
            keyEnterpriseUntil: row.employerKeyUntil,
          },
  };
}

async function profileRows(after: string, limit: number, userIds: readonly string[] | null): Promise<TProfileRow[]> {
  // Disabled accounts are not matched: nobody should be told of a benefit through an account they cannot use.
  return db.$queryRaw<TProfileRow[]>`
    SELECT p."userId",
           to_char(p."birthDate", 'YYYY-MM-DD') AS "birthDate", p."sex",
           p."education"::text AS "education", p."professionalTitle"::text AS "professionalTitle",
           p."hukou"::text AS "hukou", p."nationality", p."isReturnee",
           to_char(p."returnDate", 'YYYY-MM-DD') AS "returnDate", p."graduationYear", p."socialInsuranceMonths",
           p."annualSalaryCipher", p."ownsHomeInShanghai",
           to_char(p."contractEndDate", 'YYYY-MM-DD') AS "contractEndDate",
           e."id" AS "employerId", e."districtCode" AS "employerDistrict", e."industry" AS "employerIndustry",
           to_char(e."keyEnterpriseUntil", 'YYYY-MM-DD') AS "employerKeyUntil"
      FROM "TalentProfile" p
      JOIN "User" u ON u."id" = p."userId" AND u."role" = 'TALENT' AND u."disabledAt" IS NULL
      LEFT JOIN "Enterprise" e ON e."id" = p."employerId" AND e."status" = 'VERIFIED'
     WHERE p."userId" > ${after}
       AND (${userIds}::text[] IS NULL OR p."userId" = ANY(${userIds}::text[]))
     ORDER BY p."userId"
     LIMIT ${limit}`;
}

/**
 * Every active talent's facts on `asOf`, in chunks of `chunkSize` ordered by user id, or only those of `userIds`.
 * `withSalary` decrypts salaries; leave it off when no rule reads `annualSalary`.
 */
export async function* talentFactChunks(options: {
  asOf: Date;
  chunkSize?: number;
  userIds?: readonly string[];
  withSalary?: boolean;
}): AsyncGenerator<TTalentFacts[]> {
  // 2,500 talents × 100 rules keeps a chunk's verdicts, messages and offers small enough that a full run over 200k
  // talents stays well under 1 GB (5,000 peaked at ~1.1 GB), at a few more round trips per run.
  const limit = options.chunkSize ?? 2500;
  const withSalary = options.withSalary ?? true;
  let after = "";
  for (;;) {
    const rows = await profileRows(after, limit, options.userIds ? [...options.userIds] : null);
    if (rows.length === 0) return;
    yield rows.map((row) => ({
      userId: row.userId,
      employerId: row.employerId,
      facts: factsFromProfile(toProfile(row, withSalary), options.asOf),
    }));
    if (rows.length < limit) return;
    after = rows[rows.length - 1]!.userId;
  }
}

/** One talent's facts, or null when they have no profile (or the account is not an active talent). */
export async function loadTalentFacts(userId: string, asOf: Date): Promise<TFacts | null> {
  for await (const chunk of talentFactChunks({ asOf, userIds: [userId] })) return chunk[0]?.facts ?? null;
  return null;
}
