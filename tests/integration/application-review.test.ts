import os from "node:os";
import path from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/domain/access";
import { chinaCalendarDate, isoFromDate } from "@/lib/domain/dates";
import { CHINA_2026, noticePeriod } from "@/lib/domain/working-days";
import { ZReviewDecision } from "@/lib/schemas/application-review";
import {
  employerDecide,
  getApplicationForReview,
  listApplicationsForEmployer,
  listReviewQueue,
  reviewDecide,
} from "@/lib/server/application-review";
import { getMyApplication, submitApplication } from "@/lib/server/applications";
import { seedPrograms } from "../../prisma/seed";
import { createSubmittedApplication } from "../support/applications";
import { createEnterprise, createTalent, createUser, idNumber, uscc } from "../support/factories";

const uploads = mkdtempSync(path.join(os.tmpdir(), "talent-portal-review-"));

const actor = (u: {
  id: string;
  role: TActor["role"];
  districtCode?: string | null;
  displayName?: string;
}): TActor => ({
  id: u.id,
  role: u.role,
  districtCode: u.districtCode ?? null,
  displayName: u.displayName ?? "测试",
});

let hr: TActor;
let otherHr: TActor;
let reviewer: TActor;
let districtAdmin: TActor;
let otherReviewer: TActor;
let platformAdmin: TActor;
let talents: TActor[];
let firmId: string;

async function version(id: string) {
  return (await db.application.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}
async function status(id: string) {
  return (await db.application.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
}
/** The decision as the form would send it: through the shared schema. */
function decision(input: Record<string, unknown>) {
  return ZReviewDecision.parse(input);
}
async function approve(who: TActor, id: string) {
  await reviewDecide(who, decision({ applicationId: id, version: await version(id), decision: "APPROVE" }), null);
}
async function apply(talent: TActor) {
  return (await createSubmittedApplication(talent, "jingan-jingying", "leading", { summary: "十年研发经历" })).id;
}
async function confirmed(talent: TActor) {
  const id = await apply(talent);
  await employerDecide(hr, { applicationId: id, version: await version(id), decision: "CONFIRM" }, null);
  return id;
}
async function inbox(talent: TActor) {
  return db.notification.findMany({
    where: { userId: talent.id, kind: "application" },
    select: { title: true, body: true, href: true },
    orderBy: { createdAt: "asc" },
  });
}

beforeAll(async () => {
  process.env.UPLOAD_DIR = uploads;
  await seedPrograms();
  const firm = await createEnterprise({
    uscc: uscc("91310106MA1K4A2B3"),
    name: "静安企业",
    districtCode: "310106",
    hr: { identifier: "hr@example.com", password: "pw-123456789", displayName: "人事" },
  });
  firmId = firm.id;
  const other = await createEnterprise({
    uscc: uscc("91310105MA1FL3C7X"),
    name: "长宁企业",
    districtCode: "310105",
    hr: { identifier: "hr2@example.com", password: "pw-123456789", displayName: "人事2" },
  });
  hr = actor(firm.hr!);
  otherHr = actor(other.hr!);
  talents = [];
  for (let i = 0; i < 6; i++) {
    const user = await createTalent({
      identifier: `t${i}@example.com`,
      password: "pw-123456789",
      realName: `申报人${i}`,
      idNumber: idNumber("310106", `1995031${i}`, `12${i}`),
      education: "DOCTORATE",
      employerId: firm.id,
    });
    talents.push(actor(user));
  }
  const staff = async (role: "REVIEWER" | "ADMIN", key: string, districtCode: string | null) =>
    actor(
      await createUser({
        role,
        identifier: `${key}@example.com`,
        password: "pw-123456789",
        displayName: key,
        districtCode,
      }),
    );
  reviewer = await staff("REVIEWER", "reviewer", "310106");
  districtAdmin = await staff("ADMIN", "admin-jingan", "310106");
  otherReviewer = await staff("REVIEWER", "reviewer-changning", "310105");
  platformAdmin = await staff("ADMIN", "admin", null);
});

afterAll(() => {
  delete process.env.UPLOAD_DIR;
  rmSync(uploads, { recursive: true, force: true });
});

describe("单位审核: the employer's HR", () => {
  it("lists what waits for their employer only; another employer's HR cannot see or decide it", async () => {
    const id = await apply(talents[0]!);
    const mine = await listApplicationsForEmployer(hr);
    expect(mine.waiting.map((a) => a.id)).toEqual([id]);
    expect(mine.waiting[0]).toMatchObject({ user: { displayName: "申报人0" }, answers: { summary: "十年研发经历" } });
    expect(mine.waiting[0]!.materials.filter((m) => m.required).every((m) => m.files.length === 1)).toBe(true);
    expect(JSON.stringify(mine)).not.toMatch(/idNumber|19950310/);
    expect((await listApplicationsForEmployer(otherHr)).waiting).toEqual([]);
    await expect(
      employerDecide(otherHr, { applicationId: id, version: await version(id), decision: "CONFIRM" }, null),
    ).rejects.toMatchObject({ key: "notFound" });
    await expect(listApplicationsForEmployer(reviewer)).rejects.toMatchObject({ key: "forbidden" });
    expect(await status(id)).toBe("EMPLOYER_REVIEW");
  });

  it("needs a reason to decline; the talent reads it", async () => {
    const id = (await listApplicationsForEmployer(hr)).waiting[0]!.id;
    const v = await version(id);
    await expect(
      employerDecide(hr, { applicationId: id, version: v, decision: "DECLINE" }, null),
    ).rejects.toMatchObject({
      key: "refused",
      text: { zh: "请填写理由。" },
    });
    await employerDecide(hr, { applicationId: id, version: v, decision: "DECLINE", reason: "该员工已调岗" }, null);
    expect(await status(id)).toBe("EMPLOYER_DECLINED");
    expect(await inbox(talents[0]!)).toEqual([
      {
        title: expect.stringContaining("单位未同意推荐"),
        body: "单位说明：该员工已调岗",
        href: `/me/applications/${id}`,
      },
    ]);
    const decided = (await listApplicationsForEmployer(hr)).decided;
    expect(decided[0]).toMatchObject({ confirmed: false, comment: "该员工已调岗", application: { id } });
  });

  it("confirms into the district's 初审, once: a second confirmation is stale", async () => {
    const id = await apply(talents[1]!);
    const v = await version(id);
    await employerDecide(hr, { applicationId: id, version: v, decision: "CONFIRM" }, "10.0.0.1");
    expect(await status(id)).toBe("FIRST_REVIEW");
    await expect(
      employerDecide(hr, { applicationId: id, version: v, decision: "CONFIRM" }, null),
    ).rejects.toMatchObject({
      key: "stale",
    });
    expect((await inbox(talents[1]!)).map((n) => n.title)).toEqual([expect.stringContaining("单位已确认")]);
    expect(await db.auditEvent.count({ where: { action: "application.employerConfirm", targetId: id } })).toBe(1);
  });

  it("refuses to confirm someone who no longer works there", async () => {
    const id = await apply(talents[5]!);
    await db.talentProfile.update({ where: { userId: talents[5]!.id }, data: { employerId: null } });
    await expect(
      employerDecide(hr, { applicationId: id, version: await version(id), decision: "CONFIRM" }, null),
    ).rejects.toMatchObject({ key: "offerEmployeeLeft" });
    await db.talentProfile.update({ where: { userId: talents[5]!.id }, data: { employerId: firmId } });
    expect(await status(id)).toBe("EMPLOYER_REVIEW");
  });
});

describe("初审 / 专家评审 / 复核: the district's reviewers", () => {
  it("queues the district's applications per stage, oldest first, with counts; other districts see none", async () => {
    const second = await confirmed(talents[2]!);
    const queue = await listReviewQueue(reviewer, { stage: "FIRST_REVIEW" });
    expect(queue.counts).toEqual({ FIRST_REVIEW: 2, EXPERT_REVIEW: 0, FINAL_REVIEW: 0 });
    expect(queue.items.map((a) => a.user.displayName)).toEqual(["申报人1", "申报人2"]);
    expect(queue.items[1]!.id).toBe(second);
    expect((await listReviewQueue(platformAdmin)).counts.FIRST_REVIEW).toBe(2);
    const other = await listReviewQueue(otherReviewer);
    expect(other.total).toBe(0);
    expect(other.items).toEqual([]);
    await expect(listReviewQueue(hr)).rejects.toMatchObject({ key: "forbidden" });
  });

  it("shows everything side by side, without the ID number; another district's reviewer gets not found", async () => {
    const [first] = (await listReviewQueue(reviewer)).items;
    const view = await getApplicationForReview(reviewer, first!.id);
    expect(view).toMatchObject({
      status: "FIRST_REVIEW",
      user: { displayName: "申报人1" },
      tier: { name: "“静英”领军人才" },
      answers: { summary: "十年研发经历" },
      verdict: { outcome: "ELIGIBLE" },
      actions: ["approve", "return", "reject"],
    });
    expect(view.history.map((h) => [h.action, h.actorName])).toEqual([
      ["submit", "申报人1"],
      ["employerConfirm", "人事"],
    ]);
    expect(view.materials.find((m) => m.key === "identity")!.files).toHaveLength(1);
    expect(JSON.stringify(view)).not.toMatch(/idNumber|Cipher|userId/);
    await expect(getApplicationForReview(otherReviewer, first!.id)).rejects.toMatchObject({ key: "notFound" });
    await expect(
      reviewDecide(
        otherReviewer,
        decision({ applicationId: first!.id, version: view.version, decision: "APPROVE" }),
        null,
      ),
    ).rejects.toMatchObject({ key: "notFound" });
    await expect(getApplicationForReview(hr, first!.id)).rejects.toMatchObject({ key: "forbidden" });
  });

  it("two approvals at once: one moves it, the other is told someone else acted", async () => {
    const [first] = (await listReviewQueue(reviewer)).items;
    const v = await version(first!.id);
    const input = decision({ applicationId: first!.id, version: v, decision: "APPROVE" });
    const results = await Promise.allSettled([
      reviewDecide(reviewer, input, null),
      reviewDecide(districtAdmin, input, null),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ key: "stale" });
    expect(await status(first!.id)).toBe("EXPERT_REVIEW");
    expect(await db.reviewAction.count({ where: { applicationId: first!.id, action: "approve" } })).toBe(1);
    // A form left open since then: stale, not "not possible at this stage".
    await expect(reviewDecide(reviewer, input, null)).rejects.toMatchObject({ key: "stale" });
  });

  it("runs the stages strictly in order; a return goes back to the stage that asked; then 公示 in working days", async () => {
    const id = (await listReviewQueue(reviewer, { stage: "EXPERT_REVIEW" })).items[0]!.id;
    const talent = talents[1]!;
    await approve(reviewer, id);
    expect(await status(id)).toBe("FINAL_REVIEW");

    // Returning needs at least one item; the schema says so, and so does the status machine behind it.
    expect(
      ZReviewDecision.safeParse({ applicationId: id, version: 1, decision: "RETURN", items: " \n " }).success,
    ).toBe(false);
    await expect(
      reviewDecide(reviewer, { applicationId: id, version: await version(id), decision: "RETURN", items: [] }, null),
    ).rejects.toMatchObject({ key: "refused", text: { zh: "请列出需要补正的材料或事项。" } });
    await reviewDecide(
      reviewer,
      decision({
        applicationId: id,
        version: await version(id),
        decision: "RETURN",
        items: "劳动合同缺少签字页\n\n社保记录不足 6 个月",
        reason: "请补充后重新提交",
      }),
      null,
    );
    const returned = await getMyApplication(talent, id);
    expect(returned).toMatchObject({
      status: "RETURNED",
      returnedFrom: "FINAL_REVIEW",
      returnItems: ["劳动合同缺少签字页", "社保记录不足 6 个月"],
    });
    expect((await listReviewQueue(reviewer)).counts).toMatchObject({ FINAL_REVIEW: 0 });

    await submitApplication(talent, id, { version: returned.version, declaration: true }, null);
    expect(await status(id)).toBe("FINAL_REVIEW");
    const queued = (await listReviewQueue(reviewer, { stage: "FINAL_REVIEW" })).items;
    expect(queued.map((a) => a.id)).toEqual([id]);
    expect(queued[0]!.resubmittedAt).not.toBeNull();

    const today = chinaCalendarDate(new Date());
    await approve(districtAdmin, id);
    const app = await db.application.findUniqueOrThrow({ where: { id } });
    const period = noticePeriod(today, 5, CHINA_2026);
    expect(app.status).toBe("PUBLIC_NOTICE");
    expect([isoFromDate(app.noticeStartsOn), isoFromDate(app.noticeEndsOn)]).toEqual([period.firstDay, period.lastDay]);
    expect(app.returnItems).toEqual([]);

    const history = (await getApplicationForReview(reviewer, id)).history;
    expect(history.map((h) => [h.action, h.fromStatus, h.toStatus])).toEqual([
      ["submit", "DRAFT", "EMPLOYER_REVIEW"],
      ["employerConfirm", "EMPLOYER_REVIEW", "FIRST_REVIEW"],
      ["approve", "FIRST_REVIEW", "EXPERT_REVIEW"],
      ["approve", "EXPERT_REVIEW", "FINAL_REVIEW"],
      ["return", "FINAL_REVIEW", "RETURNED"],
      ["resubmit", "RETURNED", "FINAL_REVIEW"],
      ["approve", "FINAL_REVIEW", "PUBLIC_NOTICE"],
    ]);
    expect(history[4]).toMatchObject({
      comment: "请补充后重新提交",
      items: ["劳动合同缺少签字页", "社保记录不足 6 个月"],
    });
    expect((await getApplicationForReview(reviewer, id)).actions).toEqual(["reject"]);
    // Approving again from 公示 is not a reviewer's step.
    await expect(approve(reviewer, id)).rejects.toMatchObject({ key: "refused" });

    const messages = await inbox(talent);
    expect(messages.map((n) => n.title)).toEqual([
      expect.stringContaining("单位已确认"),
      expect.stringContaining("请补正材料"),
      expect.stringContaining("进入公示"),
    ]);
    expect(messages[1]!.body).toContain("劳动合同缺少签字页");
    expect(messages[2]!.body).toContain(`${period.firstDay} 至 ${period.lastDay}`);
  });

  it("rejects only with a reason, which the talent reads", async () => {
    const id = (await listReviewQueue(reviewer)).items[0]!.id;
    const v = await version(id);
    expect(ZReviewDecision.safeParse({ applicationId: id, version: v, decision: "REJECT" }).success).toBe(false);
    await expect(
      reviewDecide(reviewer, { applicationId: id, version: v, decision: "REJECT", items: [] }, null),
    ).rejects.toMatchObject({
      key: "refused",
      text: { zh: "请填写理由。" },
    });
    await reviewDecide(
      reviewer,
      decision({ applicationId: id, version: v, decision: "REJECT", reason: "业绩材料不足" }),
      null,
    );
    expect(await status(id)).toBe("REJECTED");
    expect((await inbox(talents[2]!)).at(-1)).toMatchObject({ body: "理由：业绩材料不足" });
    expect((await getApplicationForReview(reviewer, id)).actions).toEqual([]);
  });

  it("does not let a reviewer act for the employer, nor see drafts", async () => {
    const id = await apply(talents[3]!);
    await expect(approve(reviewer, id)).rejects.toMatchObject({ key: "refused" });
    expect(await status(id)).toBe("EMPLOYER_REVIEW");
    const draft = await db.application.create({
      data: {
        userId: talents[4]!.id,
        programId: (await db.application.findUniqueOrThrow({ where: { id } })).programId,
        tierId: (await db.application.findUniqueOrThrow({ where: { id } })).tierId,
        batchId: (await db.application.findUniqueOrThrow({ where: { id } })).batchId,
        districtCode: "310106",
      },
    });
    await expect(getApplicationForReview(reviewer, draft.id)).rejects.toMatchObject({ key: "notFound" });
  });
});
