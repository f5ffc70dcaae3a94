import { describe, expect, it } from "vitest";
import {
  ACTION_ROLES,
  APPLICATION_ACTIONS,
  APPLICATION_STATUSES,
  STATUS_NAMES,
  allowedActions,
  holderOf,
  isApplicationStatus,
  isTerminal,
  nextStatus,
  programStages,
  type TActionRole,
  type TApplicationAction,
  type TApplicationStatus,
  type TProgramWorkflow,
  type TTransitionContext,
} from "../../lib/domain/application-status";

const FULL: TProgramWorkflow = { employerConfirms: true, expertReview: true };
const PLAIN: TProgramWorkflow = { employerConfirms: false, expertReview: false };
const EMPLOYER_ONLY: TProgramWorkflow = { employerConfirms: true, expertReview: false };
const EXPERT_ONLY: TProgramWorkflow = { employerConfirms: false, expertReview: true };

// Every input a guard could ask for, all satisfied: what is left is the table itself.
function goodCtx(program: TProgramWorkflow, role: TActionRole): TTransitionContext {
  return {
    program,
    role,
    returnedFrom: "FIRST_REVIEW",
    reason: "理由",
    items: ["学历证明不清晰"],
    noticeEnded: true,
    openObjections: 0,
    fundingConflicts: 0,
  };
}

type Row = [TApplicationStatus, TApplicationAction, TActionRole, TApplicationStatus];

// The whole table for a program with employer confirmation and expert review, written out by hand.
const FULL_TABLE: Row[] = [
  ["DRAFT", "save", "TALENT_OWNER", "DRAFT"],
  ["DRAFT", "submit", "TALENT_OWNER", "EMPLOYER_REVIEW"],
  ["DRAFT", "withdraw", "TALENT_OWNER", "WITHDRAWN"],
  ["EMPLOYER_REVIEW", "employerConfirm", "EMPLOYER_HR", "FIRST_REVIEW"],
  ["EMPLOYER_REVIEW", "employerDecline", "EMPLOYER_HR", "EMPLOYER_DECLINED"],
  ["EMPLOYER_REVIEW", "withdraw", "TALENT_OWNER", "WITHDRAWN"],
  ["FIRST_REVIEW", "approve", "REVIEWER", "EXPERT_REVIEW"],
  ["FIRST_REVIEW", "return", "REVIEWER", "RETURNED"],
  ["FIRST_REVIEW", "reject", "REVIEWER", "REJECTED"],
  ["FIRST_REVIEW", "withdraw", "TALENT_OWNER", "WITHDRAWN"],
  ["EXPERT_REVIEW", "approve", "REVIEWER", "FINAL_REVIEW"],
  ["EXPERT_REVIEW", "return", "REVIEWER", "RETURNED"],
  ["EXPERT_REVIEW", "reject", "REVIEWER", "REJECTED"],
  ["EXPERT_REVIEW", "withdraw", "TALENT_OWNER", "WITHDRAWN"],
  ["FINAL_REVIEW", "approve", "REVIEWER", "PUBLIC_NOTICE"],
  ["FINAL_REVIEW", "return", "REVIEWER", "RETURNED"],
  ["FINAL_REVIEW", "reject", "REVIEWER", "REJECTED"],
  ["FINAL_REVIEW", "withdraw", "TALENT_OWNER", "WITHDRAWN"],
  ["PUBLIC_NOTICE", "reject", "REVIEWER", "REJECTED"],
  ["PUBLIC_NOTICE", "recognise", "ADMIN", "RECOGNISED"],
  ["RETURNED", "save", "TALENT_OWNER", "RETURNED"],
  ["RETURNED", "resubmit", "TALENT_OWNER", "FIRST_REVIEW"],
  ["RETURNED", "withdraw", "TALENT_OWNER", "WITHDRAWN"],
];

// Without employer confirmation or expert review the same table, except for these cells.
const PLAIN_CHANGES: Row[] = [
  ["DRAFT", "submit", "TALENT_OWNER", "FIRST_REVIEW"],
  ["FIRST_REVIEW", "approve", "REVIEWER", "FINAL_REVIEW"],
];
const PLAIN_NOT_IN_PROGRAM: [TApplicationStatus, TApplicationAction, TActionRole][] = [
  ["EMPLOYER_REVIEW", "employerConfirm", "EMPLOYER_HR"],
  ["EMPLOYER_REVIEW", "employerDecline", "EMPLOYER_HR"],
  ["EXPERT_REVIEW", "approve", "REVIEWER"],
  ["EXPERT_REVIEW", "return", "REVIEWER"],
];

function expected(
  table: Row[],
  status: TApplicationStatus,
  action: TApplicationAction,
  role: TActionRole,
  notInProgram: [TApplicationStatus, TApplicationAction, TActionRole][] = [],
): { to: TApplicationStatus } | { reason: string } {
  const row = table.find(([s, a, r]) => s === status && a === action && r === role);
  if (notInProgram.some(([s, a, r]) => s === status && a === action && r === role)) return { reason: "notInProgram" };
  if (row) return { to: row[3] };
  if (["RECOGNISED", "REJECTED", "WITHDRAWN", "EMPLOYER_DECLINED"].includes(status)) return { reason: "closed" };
  if (table.some(([s, a]) => s === status && a === action)) return { reason: "wrongRole" };
  return { reason: "notNow" };
}

function cells(): [TApplicationStatus, TApplicationAction, TActionRole][] {
  return APPLICATION_STATUSES.flatMap((s) =>
    APPLICATION_ACTIONS.flatMap((a) => ACTION_ROLES.map((r) => [s, a, r] as [typeof s, typeof a, typeof r])),
  );
}

function outcome(status: TApplicationStatus, action: TApplicationAction, ctx: TTransitionContext) {
  const t = nextStatus(status, action, ctx);
  return t.ok ? { to: t.to } : { reason: t.reason };
}

const PLAIN_TABLE: Row[] = FULL_TABLE.map(
  (row) => PLAIN_CHANGES.find(([s, a, r]) => s === row[0] && a === row[1] && r === row[2]) ?? row,
);

describe("the transition table", () => {
  it.each(cells())("%s × %s by %s, with employer confirmation and expert review", (status, action, role) => {
    expect(outcome(status, action, goodCtx(FULL, role))).toEqual(expected(FULL_TABLE, status, action, role));
  });

  it.each(cells())("%s × %s by %s, with neither", (status, action, role) => {
    expect(outcome(status, action, goodCtx(PLAIN, role))).toEqual(
      expected(PLAIN_TABLE, status, action, role, PLAIN_NOT_IN_PROGRAM),
    );
  });

  it("explains every refusal in Chinese and English", () => {
    for (const program of [FULL, PLAIN, EMPLOYER_ONLY, EXPERT_ONLY]) {
      for (const [status, action, role] of cells()) {
        const t = nextStatus(status, action, goodCtx(program, role));
        if (t.ok) continue;
        expect(t.message).toMatch(/[\u4e00-\u9fff]/);
        expect(t.messageEn).toMatch(/^[\x20-\x7e“”’]+$/);
      }
    }
  });

  it("names the action, the status and the role that may act", () => {
    expect(nextStatus("DRAFT", "approve", goodCtx(FULL, "REVIEWER"))).toMatchObject({
      message: "申报当前处于“草稿”，不能办理“通过”。",
      messageEn: "“Approve” is not possible while the application is at “Draft”.",
    });
    expect(nextStatus("FIRST_REVIEW", "approve", goodCtx(FULL, "TALENT_OWNER"))).toMatchObject({
      message: "您无权办理“通过”：此操作只能由区审核人员办理。",
      messageEn: "You may not approve: only a district reviewer may.",
    });
    expect(nextStatus("WITHDRAWN", "submit", goodCtx(FULL, "TALENT_OWNER"))).toMatchObject({
      message: "该申报已办结（已撤回），不能再办理。",
    });
    expect(nextStatus("EXPERT_REVIEW", "approve", goodCtx(PLAIN, "REVIEWER"))).toMatchObject({
      message: "本项目的评审流程不含“专家评审”环节，请联系管理员核对项目设置。",
    });
  });
});

describe("allowedActions", () => {
  it("offers exactly the actions the table allows", () => {
    for (const program of [FULL, PLAIN, EMPLOYER_ONLY, EXPERT_ONLY]) {
      for (const status of APPLICATION_STATUSES) {
        for (const role of ACTION_ROLES) {
          const ok = APPLICATION_ACTIONS.filter((a) => nextStatus(status, a, goodCtx(program, role)).ok);
          expect(allowedActions(status, role, program), `${status} ${role}`).toEqual(ok);
        }
      }
    }
  });

  it("gives each party its buttons", () => {
    expect(allowedActions("DRAFT", "TALENT_OWNER", FULL)).toEqual(["save", "submit", "withdraw"]);
    expect(allowedActions("RETURNED", "TALENT_OWNER", FULL)).toEqual(["save", "resubmit", "withdraw"]);
    expect(allowedActions("EMPLOYER_REVIEW", "EMPLOYER_HR", FULL)).toEqual(["employerConfirm", "employerDecline"]);
    expect(allowedActions("EXPERT_REVIEW", "REVIEWER", FULL)).toEqual(["approve", "return", "reject"]);
    expect(allowedActions("PUBLIC_NOTICE", "ADMIN", FULL)).toEqual(["recognise"]);
    expect(allowedActions("PUBLIC_NOTICE", "REVIEWER", FULL)).toEqual(["reject"]);
    expect(allowedActions("PUBLIC_NOTICE", "TALENT_OWNER", FULL)).toEqual([]);
    expect(allowedActions("RECOGNISED", "ADMIN", FULL)).toEqual([]);
  });
});

describe("stages", () => {
  it("lists the program's stages in order", () => {
    expect(programStages(FULL)).toEqual(["EMPLOYER_REVIEW", "FIRST_REVIEW", "EXPERT_REVIEW", "FINAL_REVIEW"]);
    expect(programStages(EMPLOYER_ONLY)).toEqual(["EMPLOYER_REVIEW", "FIRST_REVIEW", "FINAL_REVIEW"]);
    expect(programStages(EXPERT_ONLY)).toEqual(["FIRST_REVIEW", "EXPERT_REVIEW", "FINAL_REVIEW"]);
    expect(programStages(PLAIN)).toEqual(["FIRST_REVIEW", "FINAL_REVIEW"]);
  });

  it.each([FULL, EMPLOYER_ONLY, EXPERT_ONLY, PLAIN])("walks every stage once, none skipped (%o)", (program) => {
    const seen: TApplicationStatus[] = [];
    let status: TApplicationStatus = "DRAFT";
    let t = nextStatus(status, "submit", goodCtx(program, "TALENT_OWNER"));
    while (t.ok) {
      status = t.to;
      seen.push(status);
      if (status === "PUBLIC_NOTICE") break;
      const action = status === "EMPLOYER_REVIEW" ? "employerConfirm" : "approve";
      t = nextStatus(status, action, goodCtx(program, status === "EMPLOYER_REVIEW" ? "EMPLOYER_HR" : "REVIEWER"));
    }
    expect(seen).toEqual([...programStages(program), "PUBLIC_NOTICE"]);
  });

  it("lets nobody approve past the employer or into recognition", () => {
    for (const role of ACTION_ROLES) {
      expect(nextStatus("EMPLOYER_REVIEW", "approve", goodCtx(FULL, role)).ok).toBe(false);
      expect(nextStatus("FINAL_REVIEW", "recognise", goodCtx(FULL, role)).ok).toBe(false);
      expect(nextStatus("DRAFT", "approve", goodCtx(FULL, role)).ok).toBe(false);
    }
  });
});

describe("return for correction and resubmission", () => {
  it.each(["FIRST_REVIEW", "EXPERT_REVIEW", "FINAL_REVIEW"] as const)(
    "goes back to %s, the stage that returned it",
    (stage) => {
      const returned = nextStatus(stage, "return", { program: FULL, role: "REVIEWER", items: ["补充社保缴纳证明"] });
      expect(returned).toEqual({ ok: true, from: stage, to: "RETURNED", returnedFrom: stage });

      const saved = nextStatus("RETURNED", "save", { program: FULL, role: "TALENT_OWNER", returnedFrom: stage });
      expect(saved).toEqual({ ok: true, from: "RETURNED", to: "RETURNED", returnedFrom: stage });

      const resubmitted = nextStatus("RETURNED", "resubmit", {
        program: FULL,
        role: "TALENT_OWNER",
        returnedFrom: stage,
      });
      expect(resubmitted).toEqual({ ok: true, from: "RETURNED", to: stage, returnedFrom: null });
    },
  );

  it("needs at least one item to fix", () => {
    for (const items of [undefined, null, [], ["", "  "]]) {
      expect(nextStatus("FIRST_REVIEW", "return", { program: FULL, role: "REVIEWER", items })).toMatchObject({
        ok: false,
        reason: "itemsRequired",
      });
    }
  });

  it("refuses a resubmission when the returning stage is unknown or not in the program", () => {
    const ctx = { program: PLAIN, role: "TALENT_OWNER" } as const;
    for (const returnedFrom of [undefined, null, "EMPLOYER_REVIEW", "EXPERT_REVIEW"] as const) {
      expect(nextStatus("RETURNED", "resubmit", { ...ctx, returnedFrom })).toMatchObject({
        ok: false,
        reason: "returnedFromUnknown",
      });
    }
  });

  it("clears the returning stage on every other move", () => {
    const t = nextStatus("RETURNED", "withdraw", { program: FULL, role: "TALENT_OWNER", returnedFrom: "FINAL_REVIEW" });
    expect(t).toEqual({ ok: true, from: "RETURNED", to: "WITHDRAWN", returnedFrom: null });
    expect(nextStatus("DRAFT", "save", { program: FULL, role: "TALENT_OWNER", returnedFrom: "FINAL_REVIEW" })).toEqual({
      ok: true,
      from: "DRAFT",
      to: "DRAFT",
      returnedFrom: null,
    });
  });
});

describe("withdraw", () => {
  it("is open to the applicant until public notice", () => {
    for (const status of [
      "DRAFT",
      "EMPLOYER_REVIEW",
      "FIRST_REVIEW",
      "EXPERT_REVIEW",
      "FINAL_REVIEW",
      "RETURNED",
    ] as const) {
      expect(nextStatus(status, "withdraw", { program: FULL, role: "TALENT_OWNER" })).toMatchObject({
        ok: true,
        to: "WITHDRAWN",
      });
    }
  });

  it("is closed once the district has decided", () => {
    expect(nextStatus("PUBLIC_NOTICE", "withdraw", { program: FULL, role: "TALENT_OWNER" })).toMatchObject({
      reason: "notNow",
    });
    for (const status of ["RECOGNISED", "REJECTED", "WITHDRAWN", "EMPLOYER_DECLINED"] as const) {
      expect(nextStatus(status, "withdraw", { program: FULL, role: "TALENT_OWNER" })).toMatchObject({
        reason: "closed",
      });
    }
  });

  it("is the applicant's alone", () => {
    for (const role of ["EMPLOYER_HR", "REVIEWER", "ADMIN"] as const) {
      expect(nextStatus("FIRST_REVIEW", "withdraw", { program: FULL, role })).toMatchObject({ reason: "wrongRole" });
    }
  });
});

describe("reasons", () => {
  it("requires a reason to decline as employer or to reject", () => {
    for (const reason of [undefined, null, "", "   "]) {
      expect(
        nextStatus("EMPLOYER_REVIEW", "employerDecline", { program: FULL, role: "EMPLOYER_HR", reason }),
      ).toMatchObject({ ok: false, reason: "reasonRequired", message: "请填写理由。" });
      expect(nextStatus("FINAL_REVIEW", "reject", { program: FULL, role: "REVIEWER", reason })).toMatchObject({
        ok: false,
        reason: "reasonRequired",
      });
    }
  });

  it("lets a reviewer reject during public notice when an objection is upheld", () => {
    expect(
      nextStatus("PUBLIC_NOTICE", "reject", { program: FULL, role: "REVIEWER", reason: "异议属实：学历造假" }),
    ).toMatchObject({ ok: true, to: "REJECTED" });
  });
});

describe("recognise", () => {
  const base = {
    program: FULL,
    role: "ADMIN",
    noticeEnded: true,
    openObjections: 0,
    fundingConflicts: 0,
  } as const satisfies TTransitionContext;

  it("recognises after the notice when nothing is open", () => {
    expect(nextStatus("PUBLIC_NOTICE", "recognise", base)).toEqual({
      ok: true,
      from: "PUBLIC_NOTICE",
      to: "RECOGNISED",
      returnedFrom: null,
    });
  });

  it("waits for the end of the notice period", () => {
    for (const noticeEnded of [false, undefined]) {
      expect(nextStatus("PUBLIC_NOTICE", "recognise", { ...base, noticeEnded })).toMatchObject({
        reason: "noticeNotEnded",
        message: "公示期尚未结束，暂不能认定。",
      });
    }
  });

  it("waits until every objection is resolved", () => {
    for (const openObjections of [1, 3, undefined]) {
      expect(nextStatus("PUBLIC_NOTICE", "recognise", { ...base, openObjections })).toMatchObject({
        reason: "openObjections",
      });
    }
  });

  it("blocks double funding unless the admin gives a reason", () => {
    for (const fundingConflicts of [1, undefined]) {
      expect(nextStatus("PUBLIC_NOTICE", "recognise", { ...base, fundingConflicts })).toMatchObject({
        reason: "doubleFunding",
      });
      expect(
        nextStatus("PUBLIC_NOTICE", "recognise", { ...base, fundingConflicts, reason: "两区待遇类别不同，经研究同意" }),
      ).toMatchObject({ ok: true, to: "RECOGNISED" });
    }
  });

  it("is for an admin only, and only from public notice", () => {
    expect(nextStatus("PUBLIC_NOTICE", "recognise", { ...base, role: "REVIEWER" })).toMatchObject({
      reason: "wrongRole",
    });
    expect(nextStatus("FINAL_REVIEW", "recognise", base)).toMatchObject({ reason: "notNow" });
  });
});

describe("names and helpers", () => {
  it("names every status in Chinese and English", () => {
    for (const s of APPLICATION_STATUSES) {
      expect(STATUS_NAMES[s].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(STATUS_NAMES[s].en).not.toBe("");
    }
    expect(STATUS_NAMES.RETURNED.zh).toBe("退回补正");
  });

  it("knows the terminal statuses", () => {
    expect(APPLICATION_STATUSES.filter(isTerminal)).toEqual([
      "RECOGNISED",
      "REJECTED",
      "WITHDRAWN",
      "EMPLOYER_DECLINED",
    ]);
  });

  it("says who holds an application", () => {
    expect(holderOf("DRAFT")).toBe("TALENT_OWNER");
    expect(holderOf("RETURNED")).toBe("TALENT_OWNER");
    expect(holderOf("EMPLOYER_REVIEW")).toBe("EMPLOYER_HR");
    expect(holderOf("EXPERT_REVIEW")).toBe("REVIEWER");
    expect(holderOf("PUBLIC_NOTICE")).toBe("ADMIN");
    expect(holderOf("REJECTED")).toBeNull();
  });

  it("recognises status strings from the database", () => {
    expect(isApplicationStatus("FIRST_REVIEW")).toBe(true);
    expect(isApplicationStatus("SUBMITTED")).toBe(false);
    expect(isApplicationStatus(null)).toBe(false);
  });
});
