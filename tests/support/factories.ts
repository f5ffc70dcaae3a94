// Small builders of known data, used by the integration tests and by the demo seed (prisma/seed.ts).
import { db } from "@/lib/db";
import { blindIndex, encrypt } from "@/lib/crypto";
import { hashPassword } from "@/lib/passwords";
import { DISTRICTS } from "@/lib/domain/districts";
import { idNumberCheckChar, parseIdNumber } from "@/lib/domain/id-number";
import { usccCheckChar } from "@/lib/domain/uscc";
import type { TEducation, THukou, TProfessionalTitle } from "@/lib/domain/profile";
import type { TRole } from "@/lib/domain/access";
import { identifierData } from "@/lib/server/accounts";
import { dateFromIso } from "@/lib/domain/dates";

/** A valid resident ID number from region, birth date (YYYYMMDD) and a 3-digit sequence (odd: male). */
export function idNumber(region: string, birth: string, seq: string): string {
  const first17 = `${region}${birth}${seq}`;
  return first17 + idNumberCheckChar(first17);
}

/** A valid 统一社会信用代码 from its first 17 characters. */
export function uscc(first17: string): string {
  return first17 + usccCheckChar(first17);
}

export async function resetDatabase() {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length) {
    await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  }
  await ensureDistricts();
}

export async function ensureDistricts() {
  for (const d of DISTRICTS) {
    await db.district.upsert({ where: { code: d.code }, create: { ...d }, update: { name: d.name, nameEn: d.nameEn } });
  }
}

// argon2 is slow on purpose; the same demo password need not be hashed again.
const hashes = new Map<string, Promise<string>>();
function hashOnce(password: string) {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
}

export interface TUserSeed {
  role: TRole;
  identifier: string;
  password: string;
  displayName: string;
  districtCode?: string | null;
}

export async function createUser(seed: TUserSeed) {
  return db.user.create({
    data: {
      role: seed.role,
      displayName: seed.displayName,
      passwordHash: await hashOnce(seed.password),
      districtCode: seed.districtCode ?? null,
      ...identifierData(seed.identifier),
    },
    select: { id: true, role: true, districtCode: true, displayName: true },
  });
}

export interface TTalentSeed {
  identifier: string;
  password: string;
  realName: string;
  idType?: "RESIDENT_ID" | "PASSPORT";
  idNumber: string;
  education?: TEducation;
  graduationYear?: number;
  graduationSchool?: string;
  professionalTitle?: TProfessionalTitle;
  hukou?: THukou;
  nationality?: string;
  isReturnee?: boolean;
  returnDate?: string;
  ownsHomeInShanghai?: boolean;
  employerId?: string;
  socialInsuranceMonths?: number;
  annualSalary?: number;
  contractEndDate?: string;
}

export async function createTalent(seed: TTalentSeed) {
  const user = await createUser({
    role: "TALENT",
    identifier: seed.identifier,
    password: seed.password,
    displayName: seed.realName,
  });
  const resident = seed.idType === "PASSPORT" ? null : parseIdNumber(seed.idNumber);
  await db.talentProfile.create({
    data: {
      userId: user.id,
      realName: seed.realName,
      idType: seed.idType ?? "RESIDENT_ID",
      idNumberCipher: encrypt(seed.idNumber),
      idNumberHash: blindIndex("id-number", seed.idNumber),
      birthDate: resident?.ok ? dateFromIso(resident.birthDate) : null,
      sex: resident?.ok ? resident.sex : null,
      education: seed.education,
      graduationYear: seed.graduationYear,
      graduationSchool: seed.graduationSchool,
      professionalTitle: seed.professionalTitle,
      hukou: seed.hukou,
      nationality: seed.nationality,
      isReturnee: seed.isReturnee,
      returnDate: dateFromIso(seed.returnDate),
      ownsHomeInShanghai: seed.ownsHomeInShanghai,
      employerId: seed.employerId,
      socialInsuranceMonths: seed.socialInsuranceMonths,
      annualSalaryCipher: seed.annualSalary === undefined ? null : encrypt(String(seed.annualSalary)),
      contractEndDate: dateFromIso(seed.contractEndDate),
    },
  });
  await db.consent.createMany({
    data: [
      { userId: user.id, kind: "PRIVACY_POLICY", version: "2026-11" },
      { userId: user.id, kind: "SENSITIVE_PERSONAL_INFO", version: "2026-11" },
    ],
  });
  return user;
}

export interface TEnterpriseSeed {
  uscc: string;
  name: string;
  districtCode: string;
  industry?: string;
  address?: string;
  status?: "PENDING" | "VERIFIED" | "REJECTED";
  /** 重点企业 recognition (kind, last valid day). */
  keyEnterprise?: { kind: string; until: string };
  hr?: { identifier: string; password: string; displayName: string };
}

export async function createEnterprise(seed: TEnterpriseSeed) {
  const enterprise = await db.enterprise.create({
    data: {
      uscc: seed.uscc,
      name: seed.name,
      districtCode: seed.districtCode,
      industry: seed.industry,
      address: seed.address,
      status: seed.status ?? "VERIFIED",
      verifiedAt: (seed.status ?? "VERIFIED") === "VERIFIED" ? new Date() : null,
      keyEnterpriseKind: seed.keyEnterprise?.kind ?? null,
      keyEnterpriseUntil: dateFromIso(seed.keyEnterprise?.until),
    },
    select: { id: true, districtCode: true, name: true },
  });
  const hr = seed.hr ? await createUser({ role: "ENTERPRISE_HR", ...seed.hr }) : null;
  if (hr) await db.enterpriseMember.create({ data: { enterpriseId: enterprise.id, userId: hr.id, role: "OWNER" } });
  return { ...enterprise, hr };
}
