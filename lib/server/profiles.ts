import "server-only";
import { db } from "@/lib/db";
import { decrypt, encrypt } from "@/lib/crypto";
import { maskIdNumber } from "@/lib/domain/mask";
import type { TActor } from "@/lib/domain/access";
import type { TTalentProfile } from "@/lib/schemas/profile";
import { audit } from "./audit";
import { rematchTalents } from "./matching";
import { forbidden, UserError } from "./errors";
import { dateFromIso, isoFromDate } from "@/lib/domain/dates";

const fromDate = (v: Date | null) => isoFromDate(v) ?? undefined;

/** The talent's own profile, as the form shows it: ID number masked, salary in clear for its owner only. */
export async function getOwnProfile(actor: TActor) {
  if (actor.role !== "TALENT") throw forbidden();
  const p = await db.talentProfile.findUnique({
    where: { userId: actor.id },
    include: { employer: { select: { id: true, name: true, status: true } } },
  });
  if (!p) return null;
  return {
    realName: p.realName ?? "",
    idType: p.idType,
    maskedIdNumber: p.idNumberCipher ? maskIdNumber(decrypt(p.idNumberCipher)) : null,
    birthDate: fromDate(p.birthDate),
    values: {
      realName: p.realName ?? "",
      education: p.education ?? undefined,
      graduationYear: p.graduationYear ?? undefined,
      graduationSchool: p.graduationSchool ?? undefined,
      professionalTitle: p.professionalTitle ?? undefined,
      hukou: p.hukou ?? undefined,
      nationality: p.nationality ?? undefined,
      isReturnee: p.isReturnee ?? undefined,
      returnDate: fromDate(p.returnDate),
      ownsHomeInShanghai: p.ownsHomeInShanghai ?? undefined,
      employerId: p.employerId ?? undefined,
      socialInsuranceMonths: p.socialInsuranceMonths ?? undefined,
      annualSalary: p.annualSalaryCipher ? Number(decrypt(p.annualSalaryCipher)) : undefined,
      contractEndDate: fromDate(p.contractEndDate),
    } satisfies TTalentProfile,
    employer: p.employer,
    updatedAt: p.updatedAt,
  };
}

export async function updateOwnProfile(actor: TActor, input: TTalentProfile, ip: string | null) {
  if (actor.role !== "TALENT") throw forbidden();
  if (input.employerId) {
    const employer = await db.enterprise.findUnique({ where: { id: input.employerId }, select: { status: true } });
    if (employer?.status !== "VERIFIED") throw new UserError("notFound", "employerId");
  }
  const data = {
    realName: input.realName,
    education: input.education ?? null,
    graduationYear: input.graduationYear ?? null,
    graduationSchool: input.graduationSchool ?? null,
    professionalTitle: input.professionalTitle ?? null,
    hukou: input.hukou ?? null,
    nationality: input.nationality ?? null,
    isReturnee: input.isReturnee ?? null,
    returnDate: input.isReturnee ? dateFromIso(input.returnDate) : null,
    ownsHomeInShanghai: input.ownsHomeInShanghai ?? null,
    employerId: input.employerId ?? null,
    socialInsuranceMonths: input.socialInsuranceMonths ?? null,
    annualSalaryCipher: input.annualSalary === undefined ? null : encrypt(String(input.annualSalary)),
    contractEndDate: dateFromIso(input.contractEndDate),
  };
  await db.$transaction(async (tx) => {
    await tx.talentProfile.upsert({ where: { userId: actor.id }, create: { userId: actor.id, ...data }, update: data });
    await tx.user.update({ where: { id: actor.id }, data: { displayName: input.realName } });
    // Which fields were given, never their values: the audit log is not a second copy of personal data.
    const given = Object.entries(input)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
    await audit(tx, {
      actorId: actor.id,
      action: "profile.update",
      targetType: "TalentProfile",
      targetId: actor.id,
      ip,
      detail: { fields: given },
    });
  });
  // 政策找人 follows the profile at once; the save has succeeded even if matching fails, so it is only logged.
  await rematchTalents([actor.id]).catch((error: unknown) => console.error("[matching] after profile save", error));
}
