// The status machine of an application to a talent program (申报). It is the only way a status changes: a service
// asks nextStatus() and writes what it returns (with the history row, audit event and notifications in one
// transaction). Pure: the service decides who the actor is relative to the application (owner, employer HR, a
// reviewer of its district, an admin) and passes that as a role key; this table says what that role may do.
//
// The whole table (status × action → status, by whom):
//
//   DRAFT            save            → DRAFT                         talent (the applicant)
//   DRAFT            submit          → first stage of the program    talent
//   EMPLOYER_REVIEW  employerConfirm → FIRST_REVIEW                  employer HR
//   EMPLOYER_REVIEW  employerDecline → EMPLOYER_DECLINED (reason)    employer HR
//   FIRST/EXPERT/FINAL_REVIEW approve → next stage of this program; from the last one → PUBLIC_NOTICE   reviewer
//   FIRST/EXPERT/FINAL_REVIEW return  → RETURNED (items to fix; remembers the stage)                      reviewer
//   FIRST/EXPERT/FINAL_REVIEW, PUBLIC_NOTICE  reject → REJECTED (reason; during 公示: an upheld objection) reviewer
//   RETURNED         save            → RETURNED                      talent
//   RETURNED         resubmit        → the stage that returned it    talent
//   DRAFT, EMPLOYER_REVIEW, the review stages, RETURNED   withdraw → WITHDRAWN   talent
//   PUBLIC_NOTICE    recognise       → RECOGNISED (notice ended, no open objection, no unexplained double funding) admin
//
// Decisions:
// - No SUBMITTED status. "已提交" is an event (the history row of `submit`), not a place to rest: a submitted
//   application is always held by someone — the employer (EMPLOYER_REVIEW) or a district stage — so 进度查询 can
//   always say who holds it and since when.
// - A resubmission goes straight back to the stage that returned it (`returnedFrom`), not to the start: the
//   reviewer who asked for the corrections checks them, and earlier stages are not repeated. The employer is not
//   asked again; its confirmation is about employment and the original materials, and the returning reviewer
//   judges the corrections.
// - Stages are strict: approve moves exactly one step along THIS program's stage list; a status that is not in the
//   list (e.g. EXPERT_REVIEW after the program dropped expert review) is refused, never silently skipped.
// - Facts the service supplies for guards (notice ended, open objections, funding conflicts) count as "not met"
//   when missing, so forgetting one blocks recognition instead of letting it through.

export const APPLICATION_STATUSES = [
  "DRAFT",
  "EMPLOYER_REVIEW",
  "FIRST_REVIEW",
  "EXPERT_REVIEW",
  "FINAL_REVIEW",
  "PUBLIC_NOTICE",
  "RECOGNISED",
  "RETURNED",
  "REJECTED",
  "WITHDRAWN",
  "EMPLOYER_DECLINED",
] as const;
export type TApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Every stage a program can have, in the only order they may run. */
export const STAGE_ORDER = ["EMPLOYER_REVIEW", "FIRST_REVIEW", "EXPERT_REVIEW", "FINAL_REVIEW"] as const;
export type TStage = (typeof STAGE_ORDER)[number];

/** The stages worked by district reviewers (the employer's stage is not one of them). */
export const DISTRICT_STAGES = ["FIRST_REVIEW", "EXPERT_REVIEW", "FINAL_REVIEW"] as const satisfies readonly TStage[];
export type TDistrictStage = (typeof DISTRICT_STAGES)[number];

export const TERMINAL_STATUSES = [
  "RECOGNISED",
  "REJECTED",
  "WITHDRAWN",
  "EMPLOYER_DECLINED",
] as const satisfies readonly TApplicationStatus[];

export const STATUS_NAMES: Record<TApplicationStatus, { zh: string; en: string }> = {
  DRAFT: { zh: "草稿", en: "Draft" },
  EMPLOYER_REVIEW: { zh: "单位审核", en: "Employer review" },
  FIRST_REVIEW: { zh: "初审", en: "First review" },
  EXPERT_REVIEW: { zh: "专家评审", en: "Expert review" },
  FINAL_REVIEW: { zh: "复核", en: "Final review" },
  PUBLIC_NOTICE: { zh: "公示中", en: "Public notice" },
  RECOGNISED: { zh: "已认定", en: "Recognised" },
  RETURNED: { zh: "退回补正", en: "Returned for correction" },
  REJECTED: { zh: "不予通过", en: "Not approved" },
  WITHDRAWN: { zh: "已撤回", en: "Withdrawn" },
  EMPLOYER_DECLINED: { zh: "单位未同意", en: "Declined by employer" },
};

/** Who may act, relative to this application. The service works this out from the actor and the record. */
export const ACTION_ROLES = ["TALENT_OWNER", "EMPLOYER_HR", "REVIEWER", "ADMIN"] as const;
export type TActionRole = (typeof ACTION_ROLES)[number];

export const ROLE_NAMES: Record<TActionRole, { zh: string; en: string }> = {
  TALENT_OWNER: { zh: "申报人本人", en: "the applicant" },
  EMPLOYER_HR: { zh: "申报人所在单位的人事", en: "HR of the applicant's employer" },
  REVIEWER: { zh: "区审核人员", en: "a district reviewer" },
  ADMIN: { zh: "管理员", en: "an administrator" },
};

export const APPLICATION_ACTIONS = [
  "save",
  "submit",
  "resubmit",
  "withdraw",
  "employerConfirm",
  "employerDecline",
  "approve",
  "return",
  "reject",
  "recognise",
] as const;
export type TApplicationAction = (typeof APPLICATION_ACTIONS)[number];

export const ACTION_NAMES: Record<TApplicationAction, { zh: string; en: string }> = {
  save: { zh: "保存", en: "Save" },
  submit: { zh: "提交", en: "Submit" },
  resubmit: { zh: "重新提交", en: "Resubmit" },
  withdraw: { zh: "撤回", en: "Withdraw" },
  employerConfirm: { zh: "单位确认", en: "Confirm as employer" },
  employerDecline: { zh: "单位不同意", en: "Decline as employer" },
  approve: { zh: "通过", en: "Approve" },
  return: { zh: "退回补正", en: "Return for correction" },
  reject: { zh: "不予通过", en: "Reject" },
  recognise: { zh: "认定", en: "Recognise" },
};

/** The parts of a program's settings that shape its workflow. */
export interface TProgramWorkflow {
  employerConfirms: boolean;
  expertReview: boolean;
}

/** The stages an application to this program passes through after submission, in order. */
export function programStages(program: TProgramWorkflow): TStage[] {
  return STAGE_ORDER.filter(
    (stage) =>
      (stage !== "EMPLOYER_REVIEW" || program.employerConfirms) && (stage !== "EXPERT_REVIEW" || program.expertReview),
  );
}

// Who does each action and from which statuses. Where it goes is worked out in nextStatus().
const RULES: Record<TApplicationAction, { role: TActionRole; from: readonly TApplicationStatus[] }> = {
  save: { role: "TALENT_OWNER", from: ["DRAFT", "RETURNED"] },
  submit: { role: "TALENT_OWNER", from: ["DRAFT"] },
  resubmit: { role: "TALENT_OWNER", from: ["RETURNED"] },
  // Before a decision: once on public notice the district has decided, and the talent can no longer pull out.
  withdraw: { role: "TALENT_OWNER", from: ["DRAFT", ...STAGE_ORDER, "RETURNED"] },
  employerConfirm: { role: "EMPLOYER_HR", from: ["EMPLOYER_REVIEW"] },
  employerDecline: { role: "EMPLOYER_HR", from: ["EMPLOYER_REVIEW"] },
  approve: { role: "REVIEWER", from: DISTRICT_STAGES },
  return: { role: "REVIEWER", from: DISTRICT_STAGES },
  // From PUBLIC_NOTICE: an objection was upheld.
  reject: { role: "REVIEWER", from: [...DISTRICT_STAGES, "PUBLIC_NOTICE"] },
  recognise: { role: "ADMIN", from: ["PUBLIC_NOTICE"] },
};

export interface TTransitionContext {
  program: TProgramWorkflow;
  role: TActionRole;
  /** The stage that returned the application (stored with it while RETURNED); needed to resubmit. */
  returnedFrom?: TStage | null;
  /** The reason given (decline, reject; an admin's override of a double-funding warning). */
  reason?: string | null;
  /** Items the talent must fix (return). */
  items?: readonly string[] | null;
  /** Recognise: the public notice period is over (today in China is after its last day). */
  noticeEnded?: boolean;
  /** Recognise: objections filed during the notice and not yet resolved. */
  openObjections?: number;
  /** Recognise: the talent's entitlements of the same category with overlapping periods (不重复资助). */
  fundingConflicts?: number;
}

export type TRefusalReason =
  | "closed"
  | "notNow"
  | "wrongRole"
  | "notInProgram"
  | "reasonRequired"
  | "itemsRequired"
  | "returnedFromUnknown"
  | "noticeNotEnded"
  | "openObjections"
  | "doubleFunding";

export type TTransition =
  | {
      ok: true;
      from: TApplicationStatus;
      to: TApplicationStatus;
      /** What the application's `returnedFrom` must hold afterwards: set by return, kept by save, cleared otherwise. */
      returnedFrom: TStage | null;
    }
  | { ok: false; reason: TRefusalReason; message: string; messageEn: string };

export function isApplicationStatus(value: unknown): value is TApplicationStatus {
  return typeof value === "string" && (APPLICATION_STATUSES as readonly string[]).includes(value);
}

export function isTerminal(status: TApplicationStatus): boolean {
  return (TERMINAL_STATUSES as readonly TApplicationStatus[]).includes(status);
}

/** Who holds an application in this status, for 进度查询; null once it is closed. */
export function holderOf(status: TApplicationStatus): TActionRole | null {
  switch (status) {
    case "DRAFT":
    case "RETURNED":
      return "TALENT_OWNER";
    case "EMPLOYER_REVIEW":
      return "EMPLOYER_HR";
    case "FIRST_REVIEW":
    case "EXPERT_REVIEW":
    case "FINAL_REVIEW":
      return "REVIEWER";
    case "PUBLIC_NOTICE":
      return "ADMIN";
    default:
      return null;
  }
}

/** The actions this role may take now (for buttons). Guards on input — reasons, notice end, objections — are not
 *  applied here: the button shows, and the refusal explains what is missing. */
export function allowedActions(
  status: TApplicationStatus,
  role: TActionRole,
  program: TProgramWorkflow,
): TApplicationAction[] {
  return APPLICATION_ACTIONS.filter((action) => structuralRefusal(status, action, role, program) === null);
}

export function nextStatus(
  current: TApplicationStatus,
  action: TApplicationAction,
  ctx: TTransitionContext,
): TTransition {
  const structural = structuralRefusal(current, action, ctx.role, ctx.program);
  if (structural) return structural;
  const stages = programStages(ctx.program);

  switch (action) {
    case "save":
      return done(current, current, current === "RETURNED" ? (ctx.returnedFrom ?? null) : null);
    case "submit":
      return done(current, stages[0]!);
    case "resubmit": {
      const back = ctx.returnedFrom;
      if (!back || back === "EMPLOYER_REVIEW" || !stages.includes(back)) return refuse("returnedFromUnknown");
      return done(current, back);
    }
    case "withdraw":
      return done(current, "WITHDRAWN");
    case "employerConfirm":
    case "approve": {
      const next = stages[stages.indexOf(current as TStage) + 1];
      return done(current, next ?? "PUBLIC_NOTICE");
    }
    case "employerDecline":
      return hasText(ctx.reason) ? done(current, "EMPLOYER_DECLINED") : refuse("reasonRequired");
    case "return":
      if (!(ctx.items ?? []).some(hasText)) return refuse("itemsRequired");
      return done(current, "RETURNED", current as TStage);
    case "reject":
      return hasText(ctx.reason) ? done(current, "REJECTED") : refuse("reasonRequired");
    case "recognise":
      if (ctx.noticeEnded !== true) return refuse("noticeNotEnded");
      if ((ctx.openObjections ?? 1) > 0) return refuse("openObjections");
      if ((ctx.fundingConflicts ?? 1) > 0 && !hasText(ctx.reason)) return refuse("doubleFunding");
      return done(current, "RECOGNISED");
  }
}

// Whether the action exists from this status, for this role, in this program — independent of the input.
function structuralRefusal(
  current: TApplicationStatus,
  action: TApplicationAction,
  role: TActionRole,
  program: TProgramWorkflow,
): TTransition | null {
  if (isTerminal(current)) {
    const s = STATUS_NAMES[current];
    return {
      ok: false,
      reason: "closed",
      message: `该申报已办结（${s.zh}），不能再办理。`,
      messageEn: `This application is closed (${s.en}); nothing more can be done with it.`,
    };
  }
  const rule = RULES[action];
  if (!rule.from.includes(current)) {
    const a = ACTION_NAMES[action];
    const s = STATUS_NAMES[current];
    return {
      ok: false,
      reason: "notNow",
      message: `申报当前处于“${s.zh}”，不能办理“${a.zh}”。`,
      messageEn: `“${a.en}” is not possible while the application is at “${s.en}”.`,
    };
  }
  if (rule.role !== role) {
    const a = ACTION_NAMES[action];
    const r = ROLE_NAMES[rule.role];
    return {
      ok: false,
      reason: "wrongRole",
      message: `您无权办理“${a.zh}”：此操作只能由${r.zh}办理。`,
      messageEn: `You may not ${a.en.toLowerCase()}: only ${r.en} may.`,
    };
  }
  const stageBound = action === "approve" || action === "return" || action.startsWith("employer");
  if (stageBound && !programStages(program).includes(current as TStage)) {
    const s = STATUS_NAMES[current];
    return {
      ok: false,
      reason: "notInProgram",
      message: `本项目的评审流程不含“${s.zh}”环节，请联系管理员核对项目设置。`,
      messageEn: `This program's review has no “${s.en}” stage; ask an administrator to check the program's settings.`,
    };
  }
  return null;
}

const REFUSALS: Record<
  Exclude<TRefusalReason, "closed" | "notNow" | "wrongRole" | "notInProgram">,
  [string, string]
> = {
  reasonRequired: ["请填写理由。", "Please give a reason."],
  itemsRequired: ["请列出需要补正的材料或事项。", "Please list what the applicant must correct."],
  returnedFromUnknown: [
    "无法确定退回补正的环节，请联系管理员。",
    "The stage that returned this application is unknown; please contact an administrator.",
  ],
  noticeNotEnded: ["公示期尚未结束，暂不能认定。", "The public notice period has not ended yet."],
  openObjections: [
    "还有未处理的公示异议，全部处理后才能认定。",
    "Objections to the public notice are still open; resolve every one before recognition.",
  ],
  doubleFunding: [
    "该人才已享受期间重叠的同类待遇（不重复资助），如仍需认定，请填写理由。",
    "The talent already holds an overlapping benefit of the same kind (no double funding); give a reason to recognise anyway.",
  ],
};

function refuse(reason: keyof typeof REFUSALS): TTransition {
  const [message, messageEn] = REFUSALS[reason];
  return { ok: false, reason, message, messageEn };
}

function done(from: TApplicationStatus, to: TApplicationStatus, returnedFrom: TStage | null = null): TTransition {
  return { ok: true, from, to, returnedFrom };
}

function hasText(value: string | null | undefined): boolean {
  return (value ?? "").trim() !== "";
}
