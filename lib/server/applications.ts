import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/domain/access";
import {
  nextStatus,
  programStages,
  type TActionRole,
  type TApplicationAction,
  type TApplicationStatus,
  type TStage,
  type TTransitionContext,
} from "@/lib/domain/application-status";
import { explain, FACTS } from "@/lib/domain/eligibility";
import { generateReference, REFERENCE_RANDOM_BYTES } from "@/lib/domain/reference-number";
import { audit } from "./audit";
import { forbidden, notFound, refused, UserError } from "./errors";
import { batchState, tierRule, type TMaterial } from "./programs";
import { loadTalentFacts } from "./talent-facts";

// 申报: a talent's application to a program, from draft to decision. Every status change goes through transition():
// the status machine (lib/domain/application-status.ts) says whether and where, and one transaction checks the
// version the actor saw, writes the new status, the history row, the audit event and the notifications together.

type Tx = Prisma.TransactionClient;

const ownView = {
  id: true,
  reference: true,
  status: true,
  statusSince: true,
  version: true,
  returnedFrom: true,
  returnItems: true,
  answers: true,
  declaredAt: true,
  submittedAt: true,
  noticeStartsOn: true,
  noticeEndsOn: true,
  certificateNo: true,
  validUntil: true,
  createdAt: true,
  program: {
    select: { id: true, name: true, nameEn: true, materials: true, classes: true, employerConfirms: true, expertReview: true },
  },
  tier: { select: { id: true, name: true, nameEn: true } },
  batch: { select: { id: true, name: true, opensAt: true, closesAt: true } },
  employer: { select: { name: true } },
  materials: {
    select: { id: true, item: true, fileName: true, mime: true, size: true, uploadedAt: true },
    orderBy: { uploadedAt: "asc" },
  },
  history: {
    select: { id: true, action: true, fromStatus: true, toStatus: true, comment: true, items: true, at: true },
    orderBy: { at: "asc" },
  },
} as const;

export interface TAnswers {
  class?: string;
  summary?: string;
  achievements?: string;
}

/** The talent's own application, everything the task list and the progress page show. */
export async function getMyApplication(actor: TActor, id: string) {
  if (actor.role !== "TALENT") throw forbidden();
  const app = await db.application.findUnique({ where: { id }, select: { ...ownView, userId: true } });
  // Someone else's application is "not found": its existence is not theirs to learn.
  if (!app || app.userId !== actor.id) throw notFound();
  const { userId: _owner, ...view } = app;
  return {
    ...view,
    answers: view.answers as TAnswers,
    program: { ...view.program, materials: view.program.materials as unknown as TMaterial[] },
    history: view.history.map((h) => ({ ...h, id: h.id.toString() })),
  };
}

export type TMyApplication = Awaited<ReturnType<typeof getMyApplication>>;

export async function listMyApplications(actor: TActor) {
  if (actor.role !== "TALENT") throw forbidden();
  return db.application.findMany({
    where: { userId: actor.id },
    select: {
      id: true,
      reference: true,
      status: true,
      statusSince: true,
      program: { select: { name: true, nameEn: true } },
      tier: { select: { name: true, nameEn: true } },
      batch: { select: { name: true, closesAt: true } },
    },
    orderBy: { createdAt: "desc" },
  });
}

/**
 * Starts (or finds) the talent's application to a tier in the program's open batch. One per talent and batch: a
 * second click opens the same draft. Returns its id.
 */
export async function startApplication(actor: TActor, input: { programId: string; tierId: string }, ip: string | null) {
  if (actor.role !== "TALENT") throw forbidden();
  const program = await db.program.findFirst({
    where: { id: input.programId, status: "PUBLISHED" },
    select: {
      id: true,
      districtCode: true,
      tiers: { where: { id: input.tierId }, select: { id: true } },
      batches: { select: { id: true, opensAt: true, closesAt: true }, orderBy: { opensAt: "asc" } },
    },
  });
  if (!program || program.tiers.length === 0) throw notFound();
  const batch = program.batches.find((b) => batchState(b) === "OPEN");
  if (!batch) throw new UserError("batchClosed");
  const existing = await db.application.findUnique({
    where: { userId_batchId: { userId: actor.id, batchId: batch.id } },
    select: { id: true },
  });
  if (existing) return existing.id;
  try {
    return await db.$transaction(async (tx) => {
      const app = await tx.application.create({
        data: {
          userId: actor.id,
          programId: program.id,
          tierId: input.tierId,
          batchId: batch.id,
          districtCode: program.districtCode,
        },
        select: { id: true },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "application.start",
        targetType: "Application",
        targetId: app.id,
        districtCode: program.districtCode,
        ip,
      });
      return app.id;
    });
  } catch (error) {
    // Two clicks at once: the unique (userId, batchId) lets one create it; the other opens it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const again = await db.application.findUniqueOrThrow({
        where: { userId_batchId: { userId: actor.id, batchId: batch.id } },
        select: { id: true },
      });
      return again.id;
    }
    throw error;
  }
}

async function loadOwn(actor: TActor, id: string) {
  if (actor.role !== "TALENT") throw forbidden();
  const app = await db.application.findUnique({
    where: { id },
    select: {
      id: true,
      userId: true,
      status: true,
      version: true,
      returnedFrom: true,
      districtCode: true,
      tierId: true,
      answers: true,
      program: { select: { id: true, rule: true, materials: true, classes: true, employerConfirms: true, expertReview: true, districtCode: true } },
      tier: { select: { rule: true } },
      batch: { select: { id: true, opensAt: true, closesAt: true, quota: true } },
      materials: { select: { item: true } },
    },
  });
  if (!app || app.userId !== actor.id) throw notFound();
  return app;
}

/** Saves the form's answers while the talent may edit (draft, or returned for correction). */
export async function saveAnswers(actor: TActor, id: string, input: { version: number; answers: TAnswers }) {
  const app = await loadOwn(actor, id);
  const classes = app.program.classes;
  if (input.answers.class !== undefined && classes.length > 0 && !classes.includes(input.answers.class)) {
    throw new UserError("invalidChoice", "class");
  }
  await transition(actor, "TALENT_OWNER", app, "save", {}, null, async (tx) => {
    await tx.application.update({ where: { id }, data: { answers: { ...(app.answers as TAnswers), ...input.answers } } });
  }, input.version);
}

/**
 * Submits a draft (or resubmits a corrected one). Refused, with nothing changed, outside the batch window, past the
 * quota, when the rule does not find the talent eligible today, when a required material is missing, or without an
 * employer to confirm where the program needs one. Submitting twice is harmless: the second finds it submitted.
 */
export async function submitApplication(
  actor: TActor,
  id: string,
  input: { version: number; declaration: boolean },
  ip: string | null,
): Promise<{ reference: string }> {
  const app = await loadOwn(actor, id);
  if (app.status !== "DRAFT" && app.status !== "RETURNED") {
    const done = await db.application.findUniqueOrThrow({ where: { id }, select: { reference: true } });
    if (done.reference) return { reference: done.reference };
  }
  if (!input.declaration) throw new UserError("declarationRequired", "declaration");
  const resubmit = app.status === "RETURNED";
  const now = new Date();
  if (!resubmit && batchState(app.batch, now) !== "OPEN") throw new UserError("batchClosed");

  const rule = tierRule(app.program.rule, app.tier.rule);
  const facts = await loadTalentFacts(actor.id, now);
  if (rule) {
    const verdict = explain(rule, facts ?? {}, { asOf: now });
    if (verdict.outcome === "INELIGIBLE") throw new UserError("applicationIneligible");
    if (verdict.outcome === "NEEDS_INFO") {
      const missing = verdict.missingFacts.map((f) => FACTS[f].label).join("、");
      const missingEn = verdict.missingFacts.map((f) => FACTS[f].labelEn).join(", ");
      throw refused(`请先在个人信息中补充：${missing}`, `First add to your profile: ${missingEn}`);
    }
  }
  const materials = app.program.materials as unknown as TMaterial[];
  const given = new Set(app.materials.map((m) => m.item));
  const lacking = materials.filter((m) => m.required && !given.has(m.key));
  if (lacking.length) {
    throw refused(
      `请上传：${lacking.map((m) => m.name).join("、")}`,
      `Please upload: ${lacking.map((m) => m.nameEn).join(", ")}`,
    );
  }
  if (app.program.classes.length && !(app.answers as TAnswers).class) {
    throw refused("请在“申报信息”中选择申报类别并保存", "Choose a category under “Application details” and save");
  }

  let employerId: string | null = null;
  if (app.program.employerConfirms && !resubmit) {
    const profile = await db.talentProfile.findUnique({
      where: { userId: actor.id },
      select: { employer: { select: { id: true, status: true } } },
    });
    if (profile?.employer?.status !== "VERIFIED") throw new UserError("employerRequired");
    employerId = profile.employer.id;
  }

  let reference = "";
  await transition(actor, "TALENT_OWNER", app, resubmit ? "resubmit" : "submit", {}, ip, async (tx) => {
    if (resubmit) {
      await tx.application.update({ where: { id }, data: { returnItems: [] } });
      reference = (await tx.application.findUniqueOrThrow({ where: { id }, select: { reference: true } })).reference!;
      return;
    }
    // The quota counts applications still in the running; checked inside the transaction that adds this one.
    if (app.batch.quota !== null) {
      const taken = await tx.application.count({
        where: { batchId: app.batch.id, status: { notIn: ["DRAFT", "WITHDRAWN", "REJECTED", "EMPLOYER_DECLINED"] } },
      });
      if (taken >= app.batch.quota) throw new UserError("quotaFull");
    }
    reference = await uniqueReference(tx, app.program.districtCode, now);
    await tx.application.update({
      where: { id },
      data: { reference, employerId, declaredAt: now, submittedAt: now },
    });
  });
  return { reference };
}

async function uniqueReference(tx: Tx, districtCode: string | null, now: Date): Promise<string> {
  const year = Number(new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 4));
  // About 6 million numbers per district and year: a clash is rare, and another draw settles it.
  for (let i = 0; i < 5; i++) {
    const reference = generateReference(districtCode, year, randomBytes(REFERENCE_RANDOM_BYTES));
    if (!(await tx.application.findUnique({ where: { reference }, select: { id: true } }))) return reference;
  }
  throw new Error("could not draw a free reference number");
}

/** The talent withdraws before a decision. */
export async function withdrawApplication(actor: TActor, id: string, input: { version: number }, ip: string | null) {
  const app = await loadOwn(actor, id);
  await transition(actor, "TALENT_OWNER", app, "withdraw", {}, ip, async () => {}, input.version);
}

/**
 * The one way an application's status changes. Asks the status machine, then in one transaction: moves the row only
 * if it still has the version the actor saw (else "已被他人处理"), runs `extra` (the action's own writes), and
 * writes the history row and the audit event. `version` defaults to the one just read (for actions whose form does
 * not carry it).
 */
export async function transition(
  actor: TActor,
  role: TActionRole,
  app: {
    id: string;
    status: TApplicationStatus;
    version: number;
    returnedFrom: TApplicationStatus | null;
    districtCode: string | null;
    program: { employerConfirms: boolean; expertReview: boolean };
  },
  action: TApplicationAction,
  ctx: Omit<TTransitionContext, "program" | "role" | "returnedFrom">,
  ip: string | null,
  extra: (tx: Tx) => Promise<void>,
  version = app.version,
  comment?: string | null,
) {
  const step = nextStatus(app.status, action, {
    ...ctx,
    program: app.program,
    role,
    returnedFrom: (app.returnedFrom as TStage | null) ?? null,
  });
  if (!step.ok) throw refused(step.message, step.messageEn);
  const now = new Date();
  await db.$transaction(async (tx) => {
    const moved = await tx.application.updateMany({
      where: { id: app.id, version, status: app.status },
      data: {
        status: step.to,
        version: { increment: 1 },
        returnedFrom: step.returnedFrom,
        ...(step.to !== step.from ? { statusSince: now } : {}),
      },
    });
    if (moved.count !== 1) throw new UserError("stale");
    await extra(tx);
    // Saving a draft is not a step of the process: it is not in the history.
    if (action !== "save") {
      await tx.reviewAction.create({
        data: {
          applicationId: app.id,
          actorId: actor.id,
          action,
          fromStatus: step.from,
          toStatus: step.to,
          comment: comment ?? ctx.reason ?? null,
          items: [...(ctx.items ?? [])],
        },
      });
      await audit(tx, {
        actorId: actor.id,
        action: `application.${action}`,
        targetType: "Application",
        targetId: app.id,
        districtCode: app.districtCode,
        ip,
        detail: { from: step.from, to: step.to },
      });
    }
  });
  return step;
}

/** The stages this application passes through, for the progress page. */
export function stagesOf(program: { employerConfirms: boolean; expertReview: boolean }): TStage[] {
  return programStages(program);
}
