import "server-only";
import { db } from "@/lib/db";
import { blindIndex, encrypt } from "@/lib/crypto";
import { dummyHash, hashPassword, verifyPassword } from "@/lib/passwords";
import { parseIdNumber } from "@/lib/domain/id-number";
import { identifierKind } from "@/lib/domain/profile";
import type { TRole } from "@/lib/domain/access";
import { checkIdDocument } from "@/lib/schemas/common";
import type { TRegisterTalent } from "@/lib/schemas/auth";
import { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "./audit";
import { UserError } from "./errors";
import { dateFromIso } from "@/lib/domain/dates";

export const CONSENT_VERSION = "2026-11";
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

/** The columns that find an account by its sign-in name, which is a mobile number or an e-mail address. */
export function identifierWhere(identifier: string): Prisma.UserWhereUniqueInput {
  const v = identifier.trim().toLowerCase();
  return identifierKind(v) === "mobile" ? { mobileHash: blindIndex("mobile", v) } : { email: v };
}

export function identifierData(identifier: string) {
  const v = identifier.trim().toLowerCase();
  return identifierKind(v) === "mobile"
    ? { mobileHash: blindIndex("mobile", v), mobileCipher: encrypt(v), email: null }
    : { email: v, mobileHash: null, mobileCipher: null };
}

export async function assertIdentifierFree(identifier: string) {
  const existing = await db.user.findUnique({ where: identifierWhere(identifier), select: { id: true } });
  if (existing) throw new UserError("duplicateIdentifier", "identifier");
}

/** Turns a unique-constraint race into the same message the pre-check gives. */
export function rethrowUnique(error: unknown, byTarget: Record<string, UserError>): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    const target = JSON.stringify(error.meta ?? {});
    for (const [column, userError] of Object.entries(byTarget)) if (target.includes(column)) throw userError;
  }
  throw error;
}

export async function registerTalent(input: TRegisterTalent, ip: string | null): Promise<{ userId: string }> {
  const id = checkIdDocument(input.idType, input.idNumber);
  if (!id.ok) throw new Error("registerTalent called with an unchecked ID number");
  const idHash = blindIndex("id-number", id.value);
  await assertIdentifierFree(input.identifier);
  if (await db.talentProfile.findUnique({ where: { idNumberHash: idHash }, select: { userId: true } })) {
    throw new UserError("duplicateIdNumber", "idNumber");
  }
  const resident = input.idType === "RESIDENT_ID" ? parseIdNumber(id.value) : null;
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          role: "TALENT",
          displayName: input.realName,
          passwordHash,
          ...identifierData(input.identifier),
          talentProfile: {
            create: {
              realName: input.realName,
              idType: input.idType,
              idNumberCipher: encrypt(id.value),
              idNumberHash: idHash,
              birthDate: resident?.ok ? dateFromIso(resident.birthDate) : null,
              sex: resident?.ok ? resident.sex : null,
              hukou: input.idType === "PASSPORT" ? "FOREIGN" : null,
            },
          },
          consents: {
            create: [
              { kind: "PRIVACY_POLICY", version: CONSENT_VERSION },
              { kind: "SENSITIVE_PERSONAL_INFO", version: CONSENT_VERSION },
            ],
          },
        },
        select: { id: true },
      });
      await audit(tx, {
        actorId: user.id,
        action: "account.register",
        targetType: "User",
        targetId: user.id,
        ip,
        detail: { role: "TALENT" },
      });
      return { userId: user.id };
    });
  } catch (error) {
    rethrowUnique(error, {
      mobileHash: new UserError("duplicateIdentifier", "identifier"),
      email: new UserError("duplicateIdentifier", "identifier"),
      idNumberHash: new UserError("duplicateIdNumber", "idNumber"),
    });
  }
}

export type TSignInResult =
  | { ok: true; user: { id: string; role: TRole; sessionVersion: number; displayName: string } }
  | { ok: false; reason: "invalid" | "locked" | "disabled"; lockedUntil?: Date };

/**
 * Checks a password and keeps the 等保 login-failure rule: five wrong passwords lock the account for 15 minutes.
 * Every outcome is an audit event. The counter is updated atomically so parallel guesses all count.
 */
export async function signIn(identifier: string, password: string, ip: string | null): Promise<TSignInResult> {
  const now = new Date();
  const user = await db.user.findUnique({
    where: identifierWhere(identifier),
    select: {
      id: true,
      role: true,
      sessionVersion: true,
      displayName: true,
      passwordHash: true,
      lockedUntil: true,
      disabledAt: true,
      districtCode: true,
    },
  });
  if (!user) {
    await verifyPassword(await dummyHash(), password);
    await audit(db, { action: "auth.sign_in_failed", ip, detail: { reason: "unknown_account" } });
    return { ok: false, reason: "invalid" };
  }
  const base = { actorId: user.id, targetType: "User", targetId: user.id, districtCode: user.districtCode, ip };
  if (user.disabledAt) {
    await audit(db, { ...base, action: "auth.sign_in_refused", detail: { reason: "disabled" } });
    return { ok: false, reason: "disabled" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await audit(db, { ...base, action: "auth.sign_in_refused", detail: { reason: "locked" } });
    return { ok: false, reason: "locked", lockedUntil: user.lockedUntil };
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    return db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ failedLoginCount: number }[]>`
        UPDATE "User" SET "failedLoginCount" = "failedLoginCount" + 1, "updatedAt" = now()
        WHERE id = ${user.id} RETURNING "failedLoginCount"`;
      const failures = row?.failedLoginCount ?? MAX_FAILED_SIGN_INS;
      await audit(tx, { ...base, action: "auth.sign_in_failed", detail: { reason: "wrong_password", failures } });
      if (failures < MAX_FAILED_SIGN_INS) return { ok: false as const, reason: "invalid" as const };
      const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
      await tx.user.update({ where: { id: user.id }, data: { lockedUntil, failedLoginCount: 0 } });
      await audit(tx, { ...base, action: "auth.locked", detail: { minutes: LOCK_MINUTES } });
      return { ok: false as const, reason: "locked" as const, lockedUntil };
    });
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
    });
    await audit(tx, { ...base, action: "auth.sign_in" });
  });
  return {
    ok: true,
    user: { id: user.id, role: user.role, sessionVersion: user.sessionVersion, displayName: user.displayName },
  };
}

/**
 * Signing out ends every session of the account (sessionVersion), not only this cookie: a copy of the cookie — or one
 * a page request still in flight sets again — cannot act afterwards.
 */
export async function recordSignOut(userId: string) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await audit(tx, { actorId: userId, action: "auth.sign_out", targetType: "User", targetId: userId });
  });
}

/** The live account behind a session, or null when it may no longer act. */
export async function loadActiveUser(userId: string, sessionVersion: number) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      role: true,
      districtCode: true,
      displayName: true,
      sessionVersion: true,
      disabledAt: true,
      lockedUntil: true,
    },
  });
  if (!user || user.sessionVersion !== sessionVersion || user.disabledAt) return null;
  if (user.lockedUntil && user.lockedUntil > new Date()) return null;
  return { id: user.id, role: user.role, districtCode: user.districtCode, displayName: user.displayName };
}
