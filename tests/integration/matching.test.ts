import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TRule } from "@/lib/domain/eligibility";
import { runMatching } from "@/lib/server/matching";
import { updateOwnProfile } from "@/lib/server/profiles";
import { ZTalentProfile } from "@/lib/schemas/profile";
import { getBoss, QUEUES, stopBoss } from "@/lib/jobs/queue";
import { requestPolicyMatching } from "@/lib/server/matching";
import { createEnterprise, createTalent, idNumber, uscc } from "../support/factories";

const MASTERS_IN_JINGAN: TRule = {
  all: [
    { fact: "employerDistrict", op: "eq", value: "310106" },
    { fact: "education", op: "gte", value: "MASTER" },
  ],
};
const KEY_ENTERPRISE: TRule = { fact: "employerIsKeyEnterprise", op: "eq", value: true };

let jingan: string;
let keyFirm: string;
let doctor: { id: string };
let bachelor: { id: string };
let keyStaff: { id: string };

async function policy(title: string, rule: TRule, extra: { applyFree?: boolean; employerConfirms?: boolean } = {}) {
  return db.policy.create({
    data: { title, body: "正文", status: "PUBLISHED", publishedAt: new Date(), rule, ruleVersion: 1, ...extra },
    select: { id: true },
  });
}

const inbox = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
const openMatches = (policyId: string) =>
  db.policyMatch
    .findMany({ where: { policyId, endedAt: null }, select: { userId: true } })
    .then((r) => r.map((m) => m.userId).sort());

beforeAll(async () => {
  jingan = (await createEnterprise({ uscc: uscc("91310106MA1K4A2B3"), name: "静安企业", districtCode: "310106" })).id;
  keyFirm = (
    await createEnterprise({
      uscc: uscc("91310112MA1GB7D5Q"),
      name: "闵行重点企业",
      districtCode: "310112",
      keyEnterprise: { kind: "春申重点企业", until: "2099-12-31" },
    })
  ).id;
  doctor = await createTalent({
    identifier: "doctor@example.com",
    password: "pw-123456789",
    realName: "博士",
    idNumber: idNumber("310106", "19950312", "123"),
    education: "DOCTORATE",
    employerId: jingan,
  });
  bachelor = await createTalent({
    identifier: "bachelor@example.com",
    password: "pw-123456789",
    realName: "学士",
    idNumber: idNumber("310106", "19960101", "246"),
    education: "BACHELOR",
    employerId: jingan,
  });
  keyStaff = await createTalent({
    identifier: "key@example.com",
    password: "pw-123456789",
    realName: "重点",
    idNumber: idNumber("310112", "19900101", "357"),
    education: "MASTER",
    employerId: keyFirm,
  });
});

afterAll(async () => {
  await stopBoss();
});

describe("政策找人 batch matching", () => {
  it("records matches, sends one message per talent, and sends nothing more on a re-run", async () => {
    const a = await policy("硕士补贴", MASTERS_IN_JINGAN);
    const b = await policy("重点企业补贴", KEY_ENTERPRISE);
    const first = await runMatching({ chunkSize: 2 });
    expect(first).toMatchObject({ talents: 3, rules: 2, evaluations: 6, newMatches: 2, notifications: 2 });
    expect(await openMatches(a.id)).toEqual([doctor.id]);
    expect(await openMatches(b.id)).toEqual([keyStaff.id]);

    const messages = await inbox(doctor.id);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ kind: "policy-match", title: "1 项政策与您匹配", href: "/me/matches" });
    expect(messages[0]!.body).toContain("《硕士补贴》");
    expect(await inbox(bachelor.id)).toHaveLength(0);

    const again = await runMatching();
    expect(again).toMatchObject({ newMatches: 0, endedMatches: 0, notifications: 0 });
    expect(await db.notification.count()).toBe(2);
  });

  it("re-evaluates a talent whose profile changes, without telling them twice of a match that comes back", async () => {
    const [a] = await db.policy.findMany({ where: { title: "硕士补贴" }, select: { id: true } });
    const save = (education: string) =>
      updateOwnProfile(
        { id: bachelor.id, role: "TALENT", districtCode: null, displayName: "学士" },
        ZTalentProfile.parse({ realName: "学士", education, employerId: jingan }),
        null,
      );

    await save("MASTER");
    expect(await openMatches(a!.id)).toEqual([bachelor.id, doctor.id].sort());
    expect(await inbox(bachelor.id)).toHaveLength(1);

    await save("BACHELOR");
    expect(await openMatches(a!.id)).toEqual([doctor.id]);
    expect(
      await db.policyMatch.findUnique({ where: { userId_policyId: { userId: bachelor.id, policyId: a!.id } } }),
    ).toMatchObject({ endedAt: expect.any(Date), notifiedAt: expect.any(Date) });

    await save("MASTER");
    expect(await openMatches(a!.id)).toEqual([bachelor.id, doctor.id].sort());
    expect(await inbox(bachelor.id)).toHaveLength(1);
  });

  it("ends the matches of a policy that is withdrawn, and leaves other policies alone", async () => {
    const [a] = await db.policy.findMany({ where: { title: "硕士补贴" }, select: { id: true } });
    await db.policy.update({ where: { id: a!.id }, data: { status: "EXPIRED" } });
    const stats = await runMatching({ policyIds: [a!.id] });
    expect(stats.endedMatches).toBe(2);
    expect(await openMatches(a!.id)).toEqual([]);
    expect(await db.policyMatch.count({ where: { endedAt: null } })).toBe(1);
    await db.policy.update({ where: { id: a!.id }, data: { status: "PUBLISHED" } });
  });

  it("turns a match of an apply-free policy into an offer, pre-filled with the judged conditions, granting nothing", async () => {
    const c = await policy("免申即享补贴", KEY_ENTERPRISE, { applyFree: true, employerConfirms: true });
    const stats = await runMatching({ policyIds: [c.id] });
    expect(stats).toMatchObject({ newMatches: 1, offers: 1, notifications: 1 });
    const offer = await db.benefitOffer.findUniqueOrThrow({
      where: { userId_policyId: { userId: keyStaff.id, policyId: c.id } },
    });
    expect(offer).toMatchObject({ status: "OFFERED", employerId: keyFirm, confirmedAt: null });
    expect(JSON.stringify(offer.conditions)).toContain("✓");
    const [, latest] = await inbox(keyStaff.id);
    expect(latest!.body).toContain("免申即享");

    await runMatching({ policyIds: [c.id] });
    expect(await db.benefitOffer.count()).toBe(1);
  });

  it("does not match disabled accounts", async () => {
    await db.user.update({ where: { id: doctor.id }, data: { disabledAt: new Date() } });
    const d = await policy("博士补贴", { fact: "education", op: "eq", value: "DOCTORATE" });
    await runMatching({ policyIds: [d.id] });
    expect(await openMatches(d.id)).toEqual([]);
    await db.user.update({ where: { id: doctor.id }, data: { disabledAt: null } });
  });

  it("queues a policy's matching as a pg-boss job", async () => {
    const e = await policy("排队补贴", { fact: "education", op: "gte", value: "MASTER" });
    // Jobs queued by earlier test files (policy edits) are not this test's.
    await (await getBoss()).purgeQueue(QUEUES.policyMatching);
    await requestPolicyMatching(e.id);
    await requestPolicyMatching(e.id);
    const boss = await getBoss();
    // A quick second request while the first waits is folded into it (queue policy "short").
    const jobs = await boss.fetch<{ policyId: string }>(QUEUES.policyMatching, { batchSize: 10 });
    expect(jobs.map((j) => j.data.policyId)).toEqual([e.id]);
  });
});
