import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isPlatformAdmin, isStaff, districtScope, mayWorkInDistrict, type TActor } from "@/lib/domain/access";
import {
  allowedActions,
  DISTRICT_STAGES,
  STATUS_NAMES,
  type TApplicationAction,
  type TDistrictStage,
} from "@/lib/domain/application-status";
import { chinaCalendarDate, dateFromIso } from "@/lib/domain/dates";
import { explain } from "@/lib/domain/eligibility";
import { noticePeriod } from "@/lib/domain/working-days";
import { workingCalendarNow } from "./calendar";
import type { TEmployerApplicationDecision, TReviewDecision } from "@/lib/schemas/application-review";
import { transition, type TAnswers } from "./applications";
import { forbidden, notFound, UserError } from "./errors";
import { queueNotificationEmails } from "./mail";
import { tierRule, type TMaterial } from "./programs";
import { loadTalentFacts } from "./talent-facts";

// The other side of 申报: the employer's HR confirms (单位审核), then the program's district reviews it stage by stage
// (初审, 专家评审 where the program has it, 复核) into 公示. Every decision goes through transition() — the status
// machine decides, one transaction checks the version and writes status, history, audit and the talent's message.
//
// Who counts as a reviewer: the status machine's REVIEWER role is "a reviewer of the application's district". A
// district's ADMIN acts in that role too (and a platform admin in every district): in a small district the admin
// is often the one who clears the queue, and every decision records who made it. Applications of a city-wide
// program (no district) are reviewed by platform admins only.

type Tx = Prisma.TransactionClient;

interface TMessage {
  title: string;
  titleEn: string;
  body: string;
  bodyEn: string;
}

/** The talent's inbox message, written in the transaction of the step it reports; returns its id for e-mail. */
async function notifyTalent(tx: Tx, userId: string, applicationId: string, message: TMessage): Promise<string> {
  const created = await tx.notification.create({
    data: { userId, kind: "application", href: `/me/applications/${applicationId}`, ...message },
    select: { id: true },
  });
  return created.id;
}

const programLine = (p: { name: string; nameEn: string }, t: { name: string; nameEn: string }) => ({
  zh: `${p.name} · ${t.name}`,
  en: `${p.nameEn} · ${t.nameEn}`,
});

/** The materials of an application with the program's name for each item, in the program's order. */
function materialsByItem(
  programMaterials: unknown,
  files: { id: string; item: string; fileName: string; mime: string; size: number; uploadedAt: Date }[],
) {
  const items = programMaterials as TMaterial[];
  const known = items.map((m) => ({
    key: m.key,
    name: m.name,
    nameEn: m.nameEn,
    required: m.required,
    files: files.filter((f) => f.item === m.key),
  }));
  // A file under an item the program no longer lists is still shown, never hidden.
  const orphans = files.filter((f) => !items.some((m) => m.key === f.item));
  if (orphans.length) known.push({ key: "other", name: "其他材料", nameEn: "Other", required: false, files: orphans });
  return known;
}

const fileSelect = {
  select: { id: true, item: true, fileName: true, mime: true, size: true, uploadedAt: true },
  orderBy: { uploadedAt: "asc" },
} as const;

// ------------------------------------------------------------------------------------------------------------------
// 单位审核: the employer's HR.

const employerView = {
  id: true,
  reference: true,
  status: true,
  statusSince: true,
  version: true,
  submittedAt: true,
  answers: true,
  user: { select: { displayName: true } },
  program: { select: { name: true, nameEn: true, materials: true } },
  tier: { select: { name: true, nameEn: true } },
  employer: { select: { name: true } },
  materials: fileSelect,
} as const;

/**
 * HR's list: applications waiting for one of their employers (oldest first), and the last ones their employer
 * decided, with the decision. Only employers the HR officer is a member of.
 */
export async function listApplicationsForEmployer(actor: TActor, recent = 10) {
  if (actor.role !== "ENTERPRISE_HR") throw forbidden();
  const mine = { employer: { members: { some: { userId: actor.id } } } };
  const [waiting, decided] = await Promise.all([
    db.application.findMany({
      where: { status: "EMPLOYER_REVIEW", ...mine },
      select: employerView,
      orderBy: { statusSince: "asc" },
    }),
    db.reviewAction.findMany({
      where: { action: { in: ["employerConfirm", "employerDecline"] }, application: mine },
      select: {
        id: true,
        action: true,
        comment: true,
        at: true,
        application: {
          select: {
            id: true,
            reference: true,
            user: { select: { displayName: true } },
            program: { select: { name: true, nameEn: true } },
            tier: { select: { name: true, nameEn: true } },
          },
        },
      },
      orderBy: { at: "desc" },
      take: recent,
    }),
  ]);
  return {
    waiting: waiting.map(({ materials, program, answers, ...a }) => ({
      ...a,
      answers: answers as TAnswers,
      program: { name: program.name, nameEn: program.nameEn },
      materials: materialsByItem(program.materials, materials),
    })),
    decided: decided.map((d) => ({ ...d, id: d.id.toString(), confirmed: d.action === "employerConfirm" })),
  };
}

export type TEmployerApplications = Awaited<ReturnType<typeof listApplicationsForEmployer>>;

/**
 * HR of the application's employer confirms it (on to the district's 初审) or declines it with a reason the talent
 * reads. Anyone else — HR of another employer included — is told it does not exist.
 */
export async function employerDecide(actor: TActor, input: TEmployerApplicationDecision, ip: string | null) {
  if (actor.role !== "ENTERPRISE_HR") throw forbidden();
  const app = await db.application.findUnique({
    where: { id: input.applicationId },
    select: {
      id: true,
      userId: true,
      employerId: true,
      status: true,
      version: true,
      returnedFrom: true,
      districtCode: true,
      program: { select: { name: true, nameEn: true, employerConfirms: true, expertReview: true } },
      tier: { select: { name: true, nameEn: true } },
      user: { select: { talentProfile: { select: { employerId: true } } } },
    },
  });
  if (!app?.employerId || app.status === "DRAFT") throw notFound();
  const member = await db.enterpriseMember.findUnique({
    where: { enterpriseId_userId: { enterpriseId: app.employerId, userId: actor.id } },
    select: { userId: true },
  });
  if (!member) throw notFound();
  if (input.version !== app.version) throw new UserError("stale");
  const confirm = input.decision === "CONFIRM";
  // The confirmation says the applicant works here: not true of someone who has since left.
  if (confirm && app.user.talentProfile?.employerId !== app.employerId) throw new UserError("offerEmployeeLeft");
  const what = programLine(app.program, app.tier);
  let notificationId = "";
  await transition(
    actor,
    "EMPLOYER_HR",
    app,
    confirm ? "employerConfirm" : "employerDecline",
    { reason: input.reason ?? null },
    ip,
    async (tx) => {
      notificationId = await notifyTalent(
        tx,
        app.userId,
        app.id,
        confirm
          ? {
              title: `${what.zh}：单位已确认`,
              titleEn: `${what.en}: your employer confirmed`,
              body: "您的工作单位已确认您的申报，申报已转入区人才办初审。",
              bodyEn: "Your employer confirmed your application; it is now with the district for first review.",
            }
          : {
              title: `${what.zh}：单位未同意推荐`,
              titleEn: `${what.en}: your employer declined`,
              body: `单位说明：${input.reason ?? ""}`,
              bodyEn: `Your employer's reason: ${input.reason ?? ""}`,
            },
      );
    },
    input.version,
  );
  await queueNotificationEmails([notificationId]);
}

// ------------------------------------------------------------------------------------------------------------------
// 初审 / 专家评审 / 复核: the district's reviewers.

/** Whether this staff member may see and decide this application. */
function mayReview(actor: TActor, districtCode: string | null): boolean {
  return districtCode ? mayWorkInDistrict(actor, districtCode) : isPlatformAdmin(actor);
}

/**
 * One stage's queue of the reviewer's district (a platform admin: every district), oldest first, with the number
 * waiting at each stage.
 */
export async function listReviewQueue(actor: TActor, options: { stage?: TDistrictStage; take?: number } = {}) {
  if (!isStaff(actor)) throw forbidden();
  const scope = districtScope(actor);
  const inScope = scope === undefined ? {} : { districtCode: scope };
  const stage = options.stage ?? "FIRST_REVIEW";
  const [grouped, items] = await Promise.all([
    db.application.groupBy({
      by: ["status"],
      where: { status: { in: [...DISTRICT_STAGES] }, ...inScope },
      _count: { _all: true },
    }),
    db.application.findMany({
      where: { status: stage, ...inScope },
      select: {
        id: true,
        reference: true,
        statusSince: true,
        submittedAt: true,
        returnedFrom: true,
        districtCode: true,
        user: { select: { displayName: true } },
        program: { select: { name: true, nameEn: true } },
        tier: { select: { name: true, nameEn: true } },
        employer: { select: { name: true } },
        // A resubmission after correction: the reviewer sees that it came back.
        history: { where: { action: "resubmit" }, select: { at: true }, orderBy: { at: "desc" }, take: 1 },
      },
      orderBy: [{ statusSince: "asc" }, { id: "asc" }],
      take: options.take ?? 200,
    }),
  ]);
  const counts = Object.fromEntries(DISTRICT_STAGES.map((s) => [s, 0])) as Record<TDistrictStage, number>;
  for (const g of grouped) counts[g.status as TDistrictStage] = g._count._all;
  return {
    stage,
    counts,
    total: DISTRICT_STAGES.reduce((n, s) => n + counts[s], 0),
    items: items.map(({ history, ...a }) => ({ ...a, resubmittedAt: history[0]?.at ?? null })),
  };
}

export type TReviewQueue = Awaited<ReturnType<typeof listReviewQueue>>;

/**
 * Everything a reviewer needs side by side: applicant (display name only, never the ID number), program, tier,
 * class, answers, materials, history with who acted, and the tier rule's verdict on the applicant's profile today.
 * Another district's application, or a draft, is "not found".
 */
export async function getApplicationForReview(actor: TActor, id: string, now = new Date()) {
  if (!isStaff(actor)) throw forbidden();
  const app = await db.application.findUnique({
    where: { id },
    select: {
      id: true,
      reference: true,
      userId: true,
      status: true,
      statusSince: true,
      version: true,
      returnedFrom: true,
      returnItems: true,
      answers: true,
      submittedAt: true,
      districtCode: true,
      noticeStartsOn: true,
      noticeEndsOn: true,
      user: { select: { displayName: true } },
      employer: { select: { name: true } },
      program: {
        select: {
          id: true,
          name: true,
          nameEn: true,
          rule: true,
          ruleNote: true,
          materials: true,
          classes: true,
          employerConfirms: true,
          expertReview: true,
          noticeDays: true,
        },
      },
      tier: { select: { name: true, nameEn: true, rule: true } },
      batch: { select: { name: true } },
      materials: fileSelect,
      history: {
        select: {
          id: true,
          action: true,
          actorId: true,
          fromStatus: true,
          toStatus: true,
          comment: true,
          items: true,
          at: true,
        },
        orderBy: [{ at: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!app || app.status === "DRAFT" || !mayReview(actor, app.districtCode)) throw notFound();

  const actorIds = [...new Set(app.history.map((h) => h.actorId).filter((a): a is string => !!a))];
  const [actors, facts] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true, role: true } }),
    loadTalentFacts(app.userId, now),
  ]);
  const rule = tierRule(app.program.rule, app.tier.rule);
  const { userId: _user, program, tier, materials, history, answers, ...rest } = app;
  return {
    ...rest,
    answers: answers as TAnswers,
    program: {
      id: program.id,
      name: program.name,
      nameEn: program.nameEn,
      ruleNote: program.ruleNote,
      employerConfirms: program.employerConfirms,
      expertReview: program.expertReview,
      noticeDays: program.noticeDays,
    },
    tier: { name: tier.name, nameEn: tier.nameEn },
    materials: materialsByItem(program.materials, materials),
    history: history.map((h) => {
      const who = actors.find((a) => a.id === h.actorId);
      return { ...h, id: h.id.toString(), actorName: who?.displayName ?? null, actorRole: who?.role ?? null };
    }),
    verdict: rule ? explain(rule, facts ?? {}, { asOf: now }) : null,
    /** What this actor may do now (for the forms): approve, return, reject, or nothing. */
    actions: allowedActions(app.status, "REVIEWER", program).filter((a): a is TReviewAction =>
      (REVIEW_ACTIONS as readonly string[]).includes(a),
    ),
  };
}

export type TApplicationForReview = Awaited<ReturnType<typeof getApplicationForReview>>;

const REVIEW_ACTIONS = ["approve", "return", "reject"] as const satisfies readonly TApplicationAction[];
type TReviewAction = (typeof REVIEW_ACTIONS)[number];
const ACTION_OF: Record<TReviewDecision["decision"], TReviewAction> = {
  APPROVE: "approve",
  RETURN: "return",
  REJECT: "reject",
};

/**
 * A reviewer's decision at the current stage: approve (one step along the program's stages, or from the last into
 * 公示 with its dates set in working days), return for correction with the items to fix, or reject with a reason.
 * The talent is told of a return, a rejection and the start of 公示. Two reviewers acting on the same version: the
 * first wins, the second gets "已被他人处理".
 */
export async function reviewDecide(actor: TActor, input: TReviewDecision, ip: string | null, now = new Date()) {
  if (!isStaff(actor)) throw forbidden();
  const app = await db.application.findUnique({
    where: { id: input.applicationId },
    select: {
      id: true,
      userId: true,
      status: true,
      version: true,
      returnedFrom: true,
      districtCode: true,
      program: { select: { name: true, nameEn: true, employerConfirms: true, expertReview: true, noticeDays: true } },
      tier: { select: { name: true, nameEn: true } },
    },
  });
  if (!app || app.status === "DRAFT" || !mayReview(actor, app.districtCode)) throw notFound();
  // Checked before the status machine, so a form left open while a colleague decided says so, rather than that
  // the action is not possible at the (new) stage.
  if (input.version !== app.version) throw new UserError("stale");
  const action = ACTION_OF[input.decision];
  const items = action === "return" ? input.items : [];
  const what = programLine(app.program, app.tier);
  const notifications: string[] = [];

  const step = await transition(
    actor,
    "REVIEWER",
    app,
    action,
    { reason: input.reason ?? null, items },
    ip,
    async (tx) => {
      if (action === "return") {
        await tx.application.update({ where: { id: app.id }, data: { returnItems: items } });
        notifications.push(
          await notifyTalent(tx, app.userId, app.id, {
            title: `${what.zh}：请补正材料`,
            titleEn: `${what.en}: corrections needed`,
            body: `${STATUS_NAMES[app.status].zh}环节退回补正，请修改以下事项后重新提交：\n${items.map((i) => `· ${i}`).join("\n")}`,
            bodyEn: `Returned at ${STATUS_NAMES[app.status].en}. Please correct the following and resubmit:\n${items.map((i) => `· ${i}`).join("\n")}`,
          }),
        );
      } else if (action === "reject") {
        notifications.push(
          await notifyTalent(tx, app.userId, app.id, {
            title: `${what.zh}：不予通过`,
            titleEn: `${what.en}: not approved`,
            body: `理由：${input.reason ?? ""}`,
            bodyEn: `Reason: ${input.reason ?? ""}`,
          }),
        );
      } else {
        const { status } = await tx.application.findUniqueOrThrow({ where: { id: app.id }, select: { status: true } });
        if (status !== "PUBLIC_NOTICE") return;
        const period = noticePeriod(chinaCalendarDate(now), app.program.noticeDays, await workingCalendarNow(tx));
        await tx.application.update({
          where: { id: app.id },
          data: { noticeStartsOn: dateFromIso(period.firstDay), noticeEndsOn: dateFromIso(period.lastDay) },
        });
        notifications.push(
          await notifyTalent(tx, app.userId, app.id, {
            title: `${what.zh}：评审通过，进入公示`,
            titleEn: `${what.en}: approved, now on public notice`,
            body: `公示期 ${period.firstDay} 至 ${period.lastDay}（${app.program.noticeDays} 个工作日）。公示期满且无异议后予以认定。`,
            bodyEn: `Public notice from ${period.firstDay} to ${period.lastDay} (${app.program.noticeDays} working days). Recognition follows once it ends without open objections.`,
          }),
        );
      }
    },
    input.version,
  );
  if (notifications.length) await queueNotificationEmails(notifications);
  // transition() throws on a refusal, so the step is always a move; the status is what the reviewer is told.
  return { status: step.ok ? step.to : app.status };
}
