import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/passwords";
import { districtScope, isStaff, mayWorkInDistrict, type TActor } from "@/lib/domain/access";
import type { TEnterpriseDecision, TRegisterEnterprise } from "@/lib/schemas/enterprise";
import { audit } from "./audit";
import { assertIdentifierFree, CONSENT_VERSION, identifierData, rethrowUnique } from "./accounts";
import { forbidden, notFound, UserError } from "./errors";

const enterpriseView = {
  id: true,
  uscc: true,
  name: true,
  districtCode: true,
  industry: true,
  address: true,
  status: true,
  statusReason: true,
  createdAt: true,
  verifiedAt: true,
  district: { select: { name: true, nameEn: true } },
} as const;

/** An HR officer registers their employer and becomes its first OWNER; the district verifies it later. */
export async function registerEnterprise(input: TRegisterEnterprise, ip: string | null) {
  await assertIdentifierFree(input.identifier);
  if (await db.enterprise.findUnique({ where: { uscc: input.uscc }, select: { id: true } })) {
    throw new UserError("duplicateUscc", "uscc");
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          role: "ENTERPRISE_HR",
          displayName: input.contactName,
          passwordHash,
          ...identifierData(input.identifier),
          consents: { create: [{ kind: "PRIVACY_POLICY", version: CONSENT_VERSION }] },
        },
        select: { id: true },
      });
      const enterprise = await tx.enterprise.create({
        data: {
          uscc: input.uscc,
          name: input.name,
          districtCode: input.districtCode,
          industry: input.industry,
          address: input.address,
          members: { create: { userId: user.id, role: "OWNER" } },
        },
        select: { id: true },
      });
      await audit(tx, {
        actorId: user.id,
        action: "account.register",
        targetType: "User",
        targetId: user.id,
        ip,
        detail: { role: "ENTERPRISE_HR" },
      });
      await audit(tx, {
        actorId: user.id,
        action: "enterprise.register",
        targetType: "Enterprise",
        targetId: enterprise.id,
        districtCode: input.districtCode,
        ip,
      });
      return { userId: user.id, enterpriseId: enterprise.id };
    });
  } catch (error) {
    rethrowUnique(error, {
      uscc: new UserError("duplicateUscc", "uscc"),
      mobileHash: new UserError("duplicateIdentifier", "identifier"),
      email: new UserError("duplicateIdentifier", "identifier"),
    });
  }
}

/** The enterprises an HR officer belongs to. */
export async function listMyEnterprises(actor: TActor) {
  if (actor.role !== "ENTERPRISE_HR") throw forbidden();
  const memberships = await db.enterpriseMember.findMany({
    where: { userId: actor.id },
    select: { role: true, enterprise: { select: enterpriseView } },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map((m) => ({ ...m.enterprise, memberRole: m.role }));
}

/** Registrations waiting for (or decided by) the reviewer's district, oldest first. */
export async function listEnterprisesForReview(actor: TActor, status: "PENDING" | "VERIFIED" | "REJECTED" = "PENDING") {
  if (!isStaff(actor)) throw forbidden();
  return db.enterprise.findMany({
    where: { status, districtCode: districtScope(actor) },
    select: enterpriseView,
    orderBy: { createdAt: "asc" },
    take: 200,
  });
}

/** Verifies or rejects a PENDING registration of the reviewer's own district; a decision made meanwhile wins. */
export async function decideEnterprise(actor: TActor, input: TEnterpriseDecision, ip: string | null) {
  if (!isStaff(actor)) throw forbidden();
  const enterprise = await db.enterprise.findUnique({
    where: { id: input.enterpriseId },
    select: { id: true, districtCode: true, status: true },
  });
  if (!enterprise) throw notFound();
  if (!mayWorkInDistrict(actor, enterprise.districtCode)) throw forbidden();
  const verified = input.decision === "VERIFY";
  await db.$transaction(async (tx) => {
    const changed = await tx.enterprise.updateMany({
      where: { id: enterprise.id, status: "PENDING" },
      data: verified
        ? { status: "VERIFIED", statusReason: input.reason ?? null, verifiedAt: new Date(), verifiedById: actor.id }
        : { status: "REJECTED", statusReason: input.reason ?? null },
    });
    if (changed.count !== 1) throw new UserError("stale");
    await audit(tx, {
      actorId: actor.id,
      action: verified ? "enterprise.verify" : "enterprise.reject",
      targetType: "Enterprise",
      targetId: enterprise.id,
      districtCode: enterprise.districtCode,
      ip,
      detail: { from: "PENDING", to: verified ? "VERIFIED" : "REJECTED", reason: input.reason ?? null },
    });
  });
}

/** Verified enterprises a talent may name as employer: public facts only. */
export async function listVerifiedEnterprises() {
  return db.enterprise.findMany({
    where: { status: "VERIFIED" },
    select: { id: true, name: true, district: { select: { name: true, nameEn: true } } },
    orderBy: [{ districtCode: "asc" }, { name: "asc" }],
  });
}
