import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { districtScope, mayWorkInDistrict, type TActor } from "@/lib/domain/access";
import { chinaCalendarDate, dateFromIso, isoFromDate } from "@/lib/domain/dates";
import { maskNameForNotice } from "@/lib/domain/mask";
import { noticeHasEnded } from "@/lib/domain/working-days";
import { fundingConflicts, nextCertificateNo, certificatePrefix, validUntilFrom } from "@/lib/domain/recognition";
import type { TObjectionInput, TObjectionResolution } from "@/lib/schemas/notices";
import { audit } from "./audit";
import { forbidden, notFound, refused, UserError } from "./errors";
import { queueNotificationEmails } from "./mail";
import type { TBenefit } from "./programs";
import { transition } from "./applications";

// 公示, 异议, 认定 and 不重复资助. An approved application rests in PUBLIC_NOTICE: the public list shows it with a masked
// name while its notice runs; anyone signed in may object; reviewers of its district resolve every objection
// (upholding one rejects the application); after the notice, an admin of the district recognises it — certificate
// number, validity, and one Entitlement per benefit of the tier — unless the talent already holds an overlapping
// benefit of the same category, which needs the admin's recorded reason.
//
// Status changes go through transition() (lib/server/applications.ts), so the version check, history row and audit
// event come with them; the writes of this module (objection, certificate, entitlements, notifications) run inside
// the same transaction through its `extra` callback.

type Tx = Prisma.TransactionClient;

interface TMessage {
  title: string;
  titleEn: string;
  body: string;
  bodyEn: string;
  href: string;
}

/** Inbox messages, written in the caller's transaction; returns their ids for e-mail after commit. */
async function notify(tx: Tx, userIds: readonly string[], message: TMessage): Promise<string[]> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return [];
  const created = await tx.notification.createManyAndReturn({
    data: unique.map((userId) => ({ userId, kind: "notice", ...message })),
    select: { id: true },
  });
  return created.map((n) => n.id);
}

async function districtStaff(tx: Tx, districtCode: string | null, roles: ("REVIEWER" | "ADMIN")[]) {
  const users = await tx.user.findMany({
    where: { role: { in: roles }, districtCode, disabledAt: null },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

const today = (now: Date) => chinaCalendarDate(now);

function isRunning(app: { status: string; noticeStartsOn: Date | null; noticeEndsOn: Date | null }, day: string) {
  const start = isoFromDate(app.noticeStartsOn);
  const end = isoFromDate(app.noticeEndsOn);
  return app.status === "PUBLIC_NOTICE" && start !== null && end !== null && start <= day && day <= end;
}

const programLabel = (app: { program: { name: string; nameEn: string }; tier: { name: string; nameEn: string } }) => ({
  zh: `${app.program.name} · ${app.tier.name}`,
  en: `${app.program.nameEn} · ${app.tier.nameEn}`,
});

// ---------------------------------------------------------------------------------------------------------------
// The public list

/**
 * Applications on public notice today (China date), for everyone, signed in or not. Only what a notice shows: the
 * masked name, employer, program, tier, district and dates, and the application's id (an opaque key for objections).
 */
export async function listPublicNotices(now = new Date()) {
  const day = dateFromIso(today(now))!;
  const rows = await db.application.findMany({
    where: { status: "PUBLIC_NOTICE", noticeStartsOn: { lte: day }, noticeEndsOn: { gte: day } },
    select: {
      id: true,
      districtCode: true,
      noticeStartsOn: true,
      noticeEndsOn: true,
      user: { select: { displayName: true, talentProfile: { select: { realName: true } } } },
      employer: { select: { name: true } },
      program: { select: { name: true, nameEn: true } },
      tier: { select: { name: true, nameEn: true } },
    },
    orderBy: [{ districtCode: "asc" }, { noticeEndsOn: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    maskedName: maskNameForNotice(r.user.talentProfile?.realName || r.user.displayName),
    employer: r.employer?.name ?? null,
    program: r.program,
    tier: r.tier,
    districtCode: r.districtCode,
    startsOn: isoFromDate(r.noticeStartsOn)!,
    endsOn: isoFromDate(r.noticeEndsOn)!,
  }));
}

export type TPublicNotice = Awaited<ReturnType<typeof listPublicNotices>>[number];

// ---------------------------------------------------------------------------------------------------------------
// Objections

/**
 * A signed-in person objects to an application while its notice runs. One open objection per person and
 * application. The district's reviewers are told who filed it; the applicant is told only that one was filed.
 */
export async function fileObjection(actor: TActor, input: TObjectionInput, ip: string | null, now = new Date()) {
  const app = await db.application.findUnique({
    where: { id: input.applicationId },
    select: {
      id: true,
      userId: true,
      status: true,
      districtCode: true,
      noticeStartsOn: true,
      noticeEndsOn: true,
      program: { select: { name: true, nameEn: true } },
      tier: { select: { name: true, nameEn: true } },
    },
  });
  // Only what is on the public list can be objected to; anything else is "not found", as it is not public.
  if (!app || (app.status !== "PUBLIC_NOTICE" && app.noticeStartsOn === null)) throw notFound();
  if (!isRunning(app, today(now))) {
    throw refused(
      "该公示不在公示期内（尚未开始或已经结束），不能再提出异议。",
      "This notice is not running (not started yet, or over): objections are no longer taken.",
    );
  }
  if (app.userId === actor.id) {
    throw refused("不能对本人的申报提出异议。", "You cannot object to your own application.");
  }
  const label = programLabel(app);
  const mailIds: string[] = [];
  await db.$transaction(async (tx) => {
    const open = await tx.objection.findFirst({
      where: { applicationId: app.id, userId: actor.id, status: "OPEN" },
      select: { id: true },
    });
    if (open) {
      throw refused(
        "您对该公示已有一条异议正在处理，处理完成后会通知您。",
        "You already have an objection to this notice being handled; you will be told the outcome.",
        "reason",
      );
    }
    const objection = await tx.objection.create({
      data: { applicationId: app.id, userId: actor.id, reason: input.reason },
      select: { id: true },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "objection.file",
      targetType: "Objection",
      targetId: objection.id,
      districtCode: app.districtCode,
      ip,
      detail: { applicationId: app.id },
    });
    mailIds.push(
      ...(await notify(tx, await districtStaff(tx, app.districtCode, ["REVIEWER"]), {
        title: "有 1 条公示异议待处理",
        titleEn: "A public notice objection awaits you",
        body: `${label.zh}：收到一条异议，请核实后处理。认定前须处理全部异议。`,
        bodyEn: `${label.en}: an objection was filed. Please look into it; every objection is resolved before recognition.`,
        href: "/admin/notices",
      })),
      ...(await notify(tx, [app.userId], {
        title: "您的公示收到一条异议",
        titleEn: "An objection was filed against your public notice",
        body: `${label.zh}：公示期间收到一条异议，区审核人员将核实处理，处理结果会通知您。`,
        bodyEn: `${label.en}: an objection was filed during the notice. District reviewers will look into it and tell you the outcome.`,
        href: "/me/inbox",
      })),
    );
  });
  await queueNotificationEmails(mailIds);
}

/** Open objections the actor may resolve (their district; a platform admin sees all), oldest first. */
export async function listObjectionsForReview(actor: TActor) {
  if (actor.role !== "REVIEWER" && actor.role !== "ADMIN") throw forbidden();
  const scope = districtScope(actor);
  const rows = await db.objection.findMany({
    where: { status: "OPEN", application: { status: "PUBLIC_NOTICE", ...(scope ? { districtCode: scope } : {}) } },
    select: {
      id: true,
      reason: true,
      createdAt: true,
      user: { select: { displayName: true } },
      application: {
        select: {
          id: true,
          reference: true,
          districtCode: true,
          noticeEndsOn: true,
          user: { select: { displayName: true, talentProfile: { select: { realName: true } } } },
          employer: { select: { name: true } },
          program: { select: { name: true, nameEn: true } },
          tier: { select: { name: true, nameEn: true } },
        },
      },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(({ application: a, ...o }) => ({
    id: o.id,
    reason: o.reason,
    createdAt: o.createdAt,
    filedBy: o.user.displayName,
    application: {
      id: a.id,
      reference: a.reference,
      districtCode: a.districtCode,
      noticeEndsOn: isoFromDate(a.noticeEndsOn),
      applicant: a.user.talentProfile?.realName || a.user.displayName,
      employer: a.employer?.name ?? null,
      program: a.program,
      tier: a.tier,
    },
  }));
}

/**
 * A reviewer (or admin) of the application's district resolves an objection. DISMISS closes it. UPHOLD closes it
 * and rejects the application (REJECTED, with the resolution as the reason) in ONE transaction: the objection is
 * never upheld while the application stays on notice, or the other way round. Other open objections to the same
 * application are closed with it (upheld: the application is not approved, which is what they asked for).
 */
export async function resolveObjection(actor: TActor, input: TObjectionResolution, ip: string | null) {
  const objection = await db.objection.findUnique({
    where: { id: input.objectionId },
    select: {
      id: true,
      status: true,
      userId: true,
      application: {
        select: {
          id: true,
          userId: true,
          status: true,
          version: true,
          returnedFrom: true,
          districtCode: true,
          program: { select: { name: true, nameEn: true, employerConfirms: true, expertReview: true } },
          tier: { select: { name: true, nameEn: true } },
        },
      },
    },
  });
  if (!objection) throw notFound();
  const app = objection.application;
  if (!mayWorkInDistrict(actor, app.districtCode ?? "")) {
    // Staff of another district learn nothing about it; others are plainly not allowed.
    if (actor.role === "REVIEWER" || actor.role === "ADMIN") throw notFound();
    throw forbidden();
  }
  if (objection.status !== "OPEN") throw new UserError("stale");
  const label = programLabel(app);
  const now = new Date();
  const mailIds: string[] = [];

  const close = async (tx: Tx) => {
    const closed = await tx.objection.updateMany({
      where: { id: objection.id, status: "OPEN" },
      data: {
        status: input.decision === "UPHOLD" ? "UPHELD" : "DISMISSED",
        resolution: input.resolution,
        resolvedById: actor.id,
        resolvedAt: now,
      },
    });
    if (closed.count !== 1) throw new UserError("stale");
  };

  if (input.decision === "DISMISS") {
    await db.$transaction(async (tx) => {
      await close(tx);
      await audit(tx, {
        actorId: actor.id,
        action: "objection.dismiss",
        targetType: "Objection",
        targetId: objection.id,
        districtCode: app.districtCode,
        ip,
        detail: { applicationId: app.id },
      });
      mailIds.push(
        ...(await notify(tx, [objection.userId], {
          title: "您提出的公示异议已处理：异议不成立",
          titleEn: "Your objection was looked into: not upheld",
          body: `${label.zh}：经核实，异议不成立。处理意见：${input.resolution}`,
          bodyEn: `${label.en}: after checking, the objection was not upheld. Resolution: ${input.resolution}`,
          href: "/notices",
        })),
        ...(await notify(tx, [app.userId], {
          title: "公示异议已处理：异议不成立",
          titleEn: "The objection to your notice was not upheld",
          body: `${label.zh}：对您的公示提出的一条异议经核实不成立，公示结束后将办理认定。`,
          bodyEn: `${label.en}: an objection to your notice was not upheld. Recognition follows the end of the notice.`,
          href: "/me/inbox",
        })),
      );
    });
    await queueNotificationEmails(mailIds);
    return;
  }

  await transition(
    actor,
    "REVIEWER",
    app,
    "reject",
    { reason: input.resolution },
    ip,
    async (tx) => {
      await close(tx);
      const others = await tx.objection.findMany({
        where: { applicationId: app.id, status: "OPEN" },
        select: { userId: true },
      });
      await tx.objection.updateMany({
        where: { applicationId: app.id, status: "OPEN" },
        data: {
          status: "UPHELD",
          resolution: "另一条异议经核实成立，该申报已不予通过。",
          resolvedById: actor.id,
          resolvedAt: now,
        },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "objection.uphold",
        targetType: "Objection",
        targetId: objection.id,
        districtCode: app.districtCode,
        ip,
        detail: { applicationId: app.id, alsoClosed: others.length },
      });
      mailIds.push(
        ...(await notify(tx, [objection.userId, ...others.map((o) => o.userId)], {
          title: "您提出的公示异议已处理：异议成立",
          titleEn: "Your objection was upheld",
          body: `${label.zh}：经核实，异议成立，该申报不予通过。`,
          bodyEn: `${label.en}: after checking, the objection was upheld and the application was not approved.`,
          href: "/notices",
        })),
        ...(await notify(tx, [app.userId], {
          title: "您的申报不予通过",
          titleEn: "Your application was not approved",
          body: `${label.zh}：公示期间的异议经核实成立，申报不予通过。理由：${input.resolution}`,
          bodyEn: `${label.en}: an objection during the notice was upheld and the application was not approved. Reason: ${input.resolution}`,
          href: "/me/inbox",
        })),
      );
    },
    app.version,
    input.resolution,
  );
  await queueNotificationEmails(mailIds);
}

// ---------------------------------------------------------------------------------------------------------------
// Recognition (认定) and no double funding (不重复资助)

const recognitionView = {
  id: true,
  userId: true,
  reference: true,
  status: true,
  version: true,
  returnedFrom: true,
  districtCode: true,
  noticeStartsOn: true,
  noticeEndsOn: true,
  user: { select: { displayName: true, talentProfile: { select: { realName: true } } } },
  employer: { select: { name: true } },
  program: { select: { name: true, nameEn: true, employerConfirms: true, expertReview: true } },
  tier: { select: { name: true, nameEn: true, benefits: true } },
} as const;

async function loadForRecognition(actor: TActor, applicationId: string) {
  if (actor.role !== "REVIEWER" && actor.role !== "ADMIN") throw forbidden();
  const app = await db.application.findUnique({ where: { id: applicationId }, select: recognitionView });
  if (!app || !mayWorkInDistrict(actor, app.districtCode ?? "")) throw notFound();
  return app;
}

async function checkFor(
  app: Awaited<ReturnType<typeof loadForRecognition>>,
  validYears: number,
  now: Date,
  client: Pick<Tx | typeof db, "entitlement" | "objection"> = db,
) {
  const day = today(now);
  const validUntil = validUntilFrom(day, validYears);
  const benefits = (app.tier.benefits as unknown as TBenefit[]).map((b) => ({
    ...b,
    amount: b.amount ?? null,
    unit: b.unit ?? null,
  }));
  const categories = [...new Set(benefits.map((b) => b.category))];
  const [openObjections, held] = await Promise.all([
    client.objection.count({ where: { applicationId: app.id, status: "OPEN" } }),
    categories.length === 0
      ? Promise.resolve([])
      : client.entitlement.findMany({
          where: { userId: app.userId, endedAt: null, category: { in: categories } },
          select: {
            id: true,
            category: true,
            name: true,
            districtCode: true,
            amount: true,
            unit: true,
            startsOn: true,
            endsOn: true,
            application: {
              select: { certificateNo: true, program: { select: { name: true, nameEn: true } } },
            },
          },
          orderBy: { startsOn: "asc" },
        }),
  ]);
  const existing = held.map((e) => ({
    ...e,
    startsOn: isoFromDate(e.startsOn)!,
    endsOn: isoFromDate(e.endsOn),
  }));
  const conflicts = fundingConflicts(existing, benefits, { startsOn: day, endsOn: validUntil });
  const end = isoFromDate(app.noticeEndsOn);
  return {
    noticeEnded: end !== null && noticeHasEnded(end, day),
    openObjections,
    conflicts,
    conflictCount: new Set(conflicts.map((c) => c.entitlement.id)).size,
    validFrom: day,
    validUntil,
    benefits,
  };
}

/**
 * What recognition depends on, for the admin's page: whether the notice has ended, open objections, and the
 * talent's current entitlements of the same category as a benefit of the tier whose periods overlap the new
 * validity (any program, any district), each with the higher amount named (从优、从高).
 */
export async function recognitionCheck(actor: TActor, applicationId: string, validYears = 3, now = new Date()) {
  const app = await loadForRecognition(actor, applicationId);
  return checkFor(app, validYears, now);
}

export type TRecognitionCheck = Awaited<ReturnType<typeof recognitionCheck>>;

/**
 * An admin of the district (or a platform admin) recognises an application after its notice: through the status
 * machine (notice over, no open objection, no double funding unless a reason overrides it), and in the same
 * transaction the certificate number, validity, and one Entitlement per benefit of the tier. The checks are run
 * again inside the transaction, so an objection or an entitlement that arrives meanwhile is not missed.
 */
export async function recogniseApplication(
  actor: TActor,
  input: { applicationId: string; version: number; validYears?: number; overrideReason?: string | null },
  ip: string | null,
  now = new Date(),
) {
  if (actor.role !== "ADMIN") throw forbidden();
  const app = await loadForRecognition(actor, input.applicationId);
  const validYears = input.validYears ?? 3;
  const overrideReason = input.overrideReason?.trim() || null;
  const check = await checkFor(app, validYears, now);
  const ctx = {
    noticeEnded: check.noticeEnded,
    openObjections: check.openObjections,
    fundingConflicts: check.conflictCount,
    reason: overrideReason,
  };
  const year = Number(check.validFrom.slice(0, 4));
  const label = programLabel(app);
  const mailIds: string[] = [];
  let certificateNo = "";

  await transition(
    actor,
    "ADMIN",
    app,
    "recognise",
    ctx,
    ip,
    async (tx) => {
      // Again under the application's row lock (taken by the status update): what changed since the page loaded.
      const again = await checkFor(app, validYears, now, tx);
      if (again.openObjections > 0) {
        throw refused(
          "还有未处理的公示异议，全部处理后才能认定。",
          "Objections to the public notice are still open; resolve every one before recognition.",
        );
      }
      if (again.conflictCount > 0 && !overrideReason) {
        throw refused(
          "该人才已享受期间重叠的同类待遇（不重复资助），如仍需认定，请填写理由。",
          "The talent already holds an overlapping benefit of the same kind; give a reason to recognise anyway.",
          "overrideReason",
        );
      }
      // Sequential per district and year: one recognition at a time takes the next number.
      const prefix = certificatePrefix(app.districtCode, year);
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"certificate:" + prefix}))`;
      const issued = await tx.application.findMany({
        where: { certificateNo: { startsWith: prefix } },
        select: { certificateNo: true },
      });
      certificateNo = nextCertificateNo(
        app.districtCode,
        year,
        issued.map((a) => a.certificateNo!),
      );
      const startsOn = dateFromIso(check.validFrom)!;
      const endsOn = dateFromIso(check.validUntil)!;
      await tx.application.update({
        where: { id: app.id },
        data: { certificateNo, validUntil: endsOn, recognisedAt: now },
      });
      const overriding = again.conflictCount > 0 ? overrideReason : null;
      if (check.benefits.length > 0) {
        await tx.entitlement.createMany({
          data: check.benefits.map((b) => ({
            userId: app.userId,
            applicationId: app.id,
            category: b.category,
            name: b.name,
            districtCode: app.districtCode,
            amount: b.amount,
            unit: b.unit,
            startsOn,
            endsOn,
            overrideReason: overriding,
          })),
        });
      }
      await audit(tx, {
        actorId: actor.id,
        action: "application.certificate",
        targetType: "Application",
        targetId: app.id,
        districtCode: app.districtCode,
        ip,
        detail: {
          certificateNo,
          validUntil: check.validUntil,
          entitlements: check.benefits.length,
          overrideReason: overriding,
          conflictingEntitlements: [...new Set(again.conflicts.map((c) => c.entitlement.id))],
        },
      });
      mailIds.push(
        ...(await notify(tx, [app.userId], {
          title: "您的人才认定已完成",
          titleEn: "You have been recognised",
          body: `${label.zh}：已认定，证书编号 ${certificateNo}，有效期至 ${check.validUntil}。可在“个人中心 › 我的认定证书”查看证书和享受的待遇。`,
          bodyEn: `${label.en}: recognised, certificate ${certificateNo}, valid until ${check.validUntil}. See the certificate and your benefits under My certificates.`,
          href: "/me/certificates",
        })),
      );
    },
    input.version,
    overrideReason,
  );
  await queueNotificationEmails(mailIds);
  return { certificateNo, validUntil: check.validUntil };
}

/** Applications on notice in the actor's districts, with where each stands for recognition (admin page). */
export async function listNoticesForStaff(actor: TActor, now = new Date()) {
  if (actor.role !== "REVIEWER" && actor.role !== "ADMIN") throw forbidden();
  const scope = districtScope(actor);
  const day = today(now);
  const rows = await db.application.findMany({
    where: { status: "PUBLIC_NOTICE", ...(scope ? { districtCode: scope } : {}) },
    select: { ...recognitionView, _count: { select: { objections: { where: { status: "OPEN" } } } } },
    orderBy: [{ noticeEndsOn: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => {
    const end = isoFromDate(r.noticeEndsOn);
    return {
      id: r.id,
      reference: r.reference,
      version: r.version,
      districtCode: r.districtCode,
      applicant: r.user.talentProfile?.realName || r.user.displayName,
      employer: r.employer?.name ?? null,
      program: { name: r.program.name, nameEn: r.program.nameEn },
      tier: { name: r.tier.name, nameEn: r.tier.nameEn },
      startsOn: isoFromDate(r.noticeStartsOn),
      endsOn: end,
      noticeEnded: end !== null && noticeHasEnded(end, day),
      openObjections: r._count.objections,
    };
  });
}

/** The numbers for /admin's queues. */
export async function noticeQueueCounts(actor: TActor, now = new Date()) {
  if (actor.role !== "REVIEWER" && actor.role !== "ADMIN") throw forbidden();
  const scope = districtScope(actor);
  const inScope = { status: "PUBLIC_NOTICE" as const, ...(scope ? { districtCode: scope } : {}) };
  const [objections, ended] = await Promise.all([
    db.objection.count({ where: { status: "OPEN", application: inScope } }),
    db.application.count({ where: { ...inScope, noticeEndsOn: { lt: dateFromIso(today(now))! } } }),
  ]);
  return { openObjections: objections, awaitingRecognition: ended };
}

/** The talent's recognised applications: certificate, validity and the benefits it brought. */
export async function listMyCertificates(actor: TActor) {
  if (actor.role !== "TALENT") throw forbidden();
  const rows = await db.application.findMany({
    where: { userId: actor.id, status: "RECOGNISED" },
    select: {
      id: true,
      reference: true,
      certificateNo: true,
      recognisedAt: true,
      validUntil: true,
      districtCode: true,
      program: { select: { name: true, nameEn: true } },
      tier: { select: { name: true, nameEn: true } },
      entitlements: {
        where: { userId: actor.id },
        select: {
          id: true,
          category: true,
          name: true,
          amount: true,
          unit: true,
          startsOn: true,
          endsOn: true,
          endedAt: true,
        },
        orderBy: { createdAt: "asc" },
      },
    },
    orderBy: { recognisedAt: "desc" },
  });
  return rows.map((r) => ({
    ...r,
    validUntil: isoFromDate(r.validUntil),
    entitlements: r.entitlements.map((e) => ({
      ...e,
      startsOn: isoFromDate(e.startsOn)!,
      endsOn: isoFromDate(e.endsOn),
    })),
  }));
}
