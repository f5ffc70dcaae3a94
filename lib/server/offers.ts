import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { chinaCalendarDate, dateFromIso } from "@/lib/domain/dates";
import { benefitCategoryOf } from "@/lib/domain/policy";
import type { TActor } from "@/lib/domain/access";
import { explain, validateRule, type TConditionReport } from "@/lib/domain/eligibility";
import type { TOfferDecision } from "@/lib/schemas/offers";
import { audit } from "./audit";
import { forbidden, notFound, UserError } from "./errors";
import { loadTalentFacts } from "./talent-facts";
import { queueNotificationEmails } from "./mail";

// 免申即享: matching makes an offer (OFFERED); nothing is granted until the talent confirms it, and where the
// policy says 经用人单位推荐认定, until HR of the talent's verified employer confirms too (EMPLOYER_PENDING → GRANTED).
// Every step checks the current state in the same statement that changes it, so a double click or two HR officers
// at once change it once.

const offerView = {
  id: true,
  status: true,
  conditions: true,
  reason: true,
  createdAt: true,
  confirmedAt: true,
  employerDecidedAt: true,
  policy: { select: { id: true, title: true, employerConfirms: true } },
  employer: { select: { id: true, name: true } },
} as const;

export type TOfferView = Awaited<ReturnType<typeof listMyOffers>>[number];

/** The talent's own offers, newest first. */
export async function listMyOffers(actor: TActor) {
  if (actor.role !== "TALENT") throw forbidden();
  const offers = await db.benefitOffer.findMany({
    where: { userId: actor.id },
    select: offerView,
    orderBy: { createdAt: "desc" },
  });
  return offers.map((o) => ({ ...o, conditions: o.conditions as unknown as TConditionReport[] }));
}

/** HR members of the employer: the offers waiting for their confirmation, with the employee's name. */
export async function listOffersForEmployer(actor: TActor) {
  if (actor.role !== "ENTERPRISE_HR") throw forbidden();
  const offers = await db.benefitOffer.findMany({
    where: { status: "EMPLOYER_PENDING", employer: { members: { some: { userId: actor.id } } } },
    select: { ...offerView, user: { select: { displayName: true } } },
    orderBy: { confirmedAt: "asc" },
  });
  return offers.map((o) => ({ ...o, conditions: o.conditions as unknown as TConditionReport[] }));
}

async function notify(
  userIds: string[],
  message: { title: string; titleEn: string; body: string; bodyEn: string; href: string },
) {
  if (userIds.length === 0) return;
  const created = await db.notification.createManyAndReturn({
    data: userIds.map((userId) => ({ userId, kind: "offer", ...message })),
    select: { id: true },
  });
  await queueNotificationEmails(created.map((n) => n.id));
}

/**
 * A granted offer is a benefit the talent holds from today: an Entitlement, so that 不重复资助 checks see it.
 */
async function grant(
  tx: Prisma.TransactionClient,
  userId: string,
  policy: { title: string; districtCode: string | null; categories: string[] },
) {
  await tx.entitlement.create({
    data: {
      userId,
      category: benefitCategoryOf(policy.categories),
      name: `${policy.title}（免申即享）`,
      districtCode: policy.districtCode,
      startsOn: dateFromIso(chinaCalendarDate(new Date()))!,
    },
  });
}

/**
 * The talent accepts an offer. It is judged again on today's profile first: an offer made to someone who no longer
 * qualifies grants nothing.
 */
export async function confirmOffer(actor: TActor, offerId: string, ip: string | null) {
  if (actor.role !== "TALENT") throw forbidden();
  const offer = await db.benefitOffer.findUnique({
    where: { id: offerId },
    select: {
      userId: true,
      status: true,
      policyId: true,
      policy: {
        select: {
          title: true,
          status: true,
          rule: true,
          applyFree: true,
          employerConfirms: true,
          districtCode: true,
          categories: true,
        },
      },
    },
  });
  if (!offer || offer.userId !== actor.id) throw notFound();
  if (offer.status !== "OFFERED") throw new UserError("stale");
  const { policy } = offer;
  const checked = validateRule(policy.rule);
  const facts = await loadTalentFacts(actor.id, new Date());
  if (policy.status !== "PUBLISHED" || !policy.applyFree || !checked.ok || !facts)
    throw new UserError("offerNotEligible");
  if (explain(checked.rule, facts, { asOf: new Date() }).outcome !== "ELIGIBLE")
    throw new UserError("offerNotEligible");

  let employerId: string | null = null;
  if (policy.employerConfirms) {
    const profile = await db.talentProfile.findUnique({
      where: { userId: actor.id },
      select: { employer: { select: { id: true, status: true } } },
    });
    if (profile?.employer?.status !== "VERIFIED") throw new UserError("offerNeedsEmployer");
    employerId = profile.employer.id;
  }
  const now = new Date();
  const to = employerId ? "EMPLOYER_PENDING" : "GRANTED";
  await db.$transaction(async (tx) => {
    const changed = await tx.benefitOffer.updateMany({
      where: { id: offerId, userId: actor.id, status: "OFFERED" },
      data: { status: to, confirmedAt: now, employerId },
    });
    if (changed.count !== 1) throw new UserError("stale");
    if (to === "GRANTED") await grant(tx, actor.id, policy);
    await audit(tx, {
      actorId: actor.id,
      action: "offer.confirm",
      targetType: "BenefitOffer",
      targetId: offerId,
      districtCode: policy.districtCode,
      ip,
      detail: { from: "OFFERED", to, policyId: offer.policyId },
    });
  });
  if (employerId) {
    const hr = await db.enterpriseMember.findMany({ where: { enterpriseId: employerId }, select: { userId: true } });
    await notify(
      hr.map((m) => m.userId),
      {
        title: "有 1 项免申即享待单位确认",
        titleEn: "An apply-free benefit awaits your confirmation",
        body: `${actor.displayName} 已确认领取《${policy.title}》，请确认其在本单位任职、信息属实。`,
        bodyEn: `${actor.displayName} accepted “${policy.title}”. Please confirm they work for you and the details are true.`,
        href: "/org",
      },
    );
  }
  return to;
}

/** The talent turns an offer down; it can be made again only by an admin, never by matching. */
export async function declineOffer(actor: TActor, offerId: string, ip: string | null) {
  if (actor.role !== "TALENT") throw forbidden();
  const offer = await db.benefitOffer.findUnique({
    where: { id: offerId },
    select: { userId: true, policyId: true, policy: { select: { districtCode: true } } },
  });
  if (!offer || offer.userId !== actor.id) throw notFound();
  await db.$transaction(async (tx) => {
    const changed = await tx.benefitOffer.updateMany({
      where: { id: offerId, userId: actor.id, status: "OFFERED" },
      data: { status: "DECLINED" },
    });
    if (changed.count !== 1) throw new UserError("stale");
    await audit(tx, {
      actorId: actor.id,
      action: "offer.decline",
      targetType: "BenefitOffer",
      targetId: offerId,
      districtCode: offer.policy.districtCode,
      ip,
      detail: { from: "OFFERED", to: "DECLINED", policyId: offer.policyId },
    });
  });
}

/**
 * HR of the talent's employer confirms (the benefit is granted) or declines with a reason. Only a member of that
 * employer may, and only while the talent still works there.
 */
export async function decideOfferAsEmployer(actor: TActor, input: TOfferDecision, ip: string | null) {
  if (actor.role !== "ENTERPRISE_HR") throw forbidden();
  const offer = await db.benefitOffer.findUnique({
    where: { id: input.offerId },
    select: {
      userId: true,
      employerId: true,
      policyId: true,
      policy: { select: { title: true, districtCode: true, categories: true } },
      user: { select: { talentProfile: { select: { employerId: true } } } },
    },
  });
  if (!offer?.employerId) throw notFound();
  const member = await db.enterpriseMember.findUnique({
    where: { enterpriseId_userId: { enterpriseId: offer.employerId, userId: actor.id } },
    select: { userId: true },
  });
  // Another employer's offer is answered as if it did not exist: its existence is not theirs to learn.
  if (!member) throw notFound();
  const granted = input.decision === "CONFIRM";
  if (granted && offer.user.talentProfile?.employerId !== offer.employerId) throw new UserError("offerEmployeeLeft");
  await db.$transaction(async (tx) => {
    const changed = await tx.benefitOffer.updateMany({
      where: { id: input.offerId, employerId: offer.employerId, status: "EMPLOYER_PENDING" },
      data: {
        status: granted ? "GRANTED" : "EMPLOYER_DECLINED",
        reason: input.reason ?? null,
        employerDecidedAt: new Date(),
        employerDecidedById: actor.id,
      },
    });
    if (changed.count !== 1) throw new UserError("stale");
    if (granted) await grant(tx, offer.userId, offer.policy);
    await audit(tx, {
      actorId: actor.id,
      action: granted ? "offer.employerConfirm" : "offer.employerDecline",
      targetType: "BenefitOffer",
      targetId: input.offerId,
      districtCode: offer.policy.districtCode,
      ip,
      detail: { from: "EMPLOYER_PENDING", to: granted ? "GRANTED" : "EMPLOYER_DECLINED", reason: input.reason ?? null },
    });
  });
  await notify(
    [offer.userId],
    granted
      ? {
          title: `《${offer.policy.title}》已确认享受`,
          titleEn: `“${offer.policy.title}” granted`,
          body: "您的工作单位已确认，该项待遇已生效。",
          bodyEn: "Your employer confirmed; the benefit is now yours.",
          href: "/me/matches",
        }
      : {
          title: `《${offer.policy.title}》单位未确认`,
          titleEn: `“${offer.policy.title}”: your employer did not confirm`,
          body: `单位说明：${input.reason ?? ""}`,
          bodyEn: `Your employer's reason: ${input.reason ?? ""}`,
          href: "/me/matches",
        },
  );
}
