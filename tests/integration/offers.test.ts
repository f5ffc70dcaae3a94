import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/domain/access";
import type { TRule } from "@/lib/domain/eligibility";
import { runMatching } from "@/lib/server/matching";
import { getMyEligibility } from "@/lib/server/my-eligibility";
import { countUnread, listMyNotifications, markRead } from "@/lib/server/notifications";
import {
  confirmOffer,
  decideOfferAsEmployer,
  declineOffer,
  listMyOffers,
  listOffersForEmployer,
} from "@/lib/server/offers";
import { createEnterprise, createTalent, createUser, idNumber, uscc } from "../support/factories";

const KEY_STAFF: TRule = {
  all: [
    { fact: "employerIsKeyEnterprise", op: "eq", value: true },
    { fact: "education", op: "gte", value: "MASTER" },
  ],
};

const actor = (u: { id: string; role: TActor["role"] }): TActor => ({ ...u, districtCode: null, displayName: "测试" });
let alice: TActor;
let bob: TActor;
let carol: TActor;
let hrX: TActor;
let hrY: TActor;
let withEmployer: string;
let withoutEmployer: string;

async function offerOf(userId: string, policyId: string) {
  return db.benefitOffer.findUniqueOrThrow({ where: { userId_policyId: { userId, policyId } } });
}

beforeAll(async () => {
  const x = await createEnterprise({
    uscc: uscc("91310112MA1GB7D5Q"),
    name: "重点企业X",
    districtCode: "310112",
    keyEnterprise: { kind: "春申重点企业", until: "2099-12-31" },
    hr: { identifier: "hr.x@example.com", password: "pw-123456789", displayName: "X 人事" },
  });
  const y = await createEnterprise({
    uscc: uscc("91310106MA1K4A2B3"),
    name: "企业Y",
    districtCode: "310106",
    keyEnterprise: { kind: "静安重点企业", until: "2099-12-31" },
    hr: { identifier: "hr.y@example.com", password: "pw-123456789", displayName: "Y 人事" },
  });
  hrX = actor(x.hr!);
  hrY = actor(y.hr!);
  const talent = (n: string, seq: string, employerId: string) =>
    createTalent({
      identifier: `${n}@example.com`,
      password: "pw-123456789",
      realName: n,
      idNumber: idNumber("310112", "19920101", seq),
      education: "MASTER",
      employerId,
    });
  alice = actor(await talent("alice", "123", x.id));
  bob = actor(await talent("bob", "135", x.id));
  carol = actor(await talent("carol", "246", y.id));
  const policy = (title: string, employerConfirms: boolean) =>
    db.policy.create({
      data: { title, body: "正文", status: "PUBLISHED", rule: KEY_STAFF, applyFree: true, employerConfirms },
      select: { id: true },
    });
  withEmployer = (await policy("需单位确认的补贴", true)).id;
  withoutEmployer = (await policy("直接享受的补贴", false)).id;
  await runMatching();
});

describe("免申即享 offers", () => {
  it("are made to every eligible talent and grant nothing by themselves", async () => {
    expect(await db.benefitOffer.count({ where: { status: "OFFERED" } })).toBe(6);
    const mine = await listMyOffers(alice);
    expect(mine.map((o) => o.policy.title).sort()).toEqual(["直接享受的补贴", "需单位确认的补贴"]);
    expect(mine[0]!.conditions.some((c) => c.text.includes("✓"))).toBe(true);
  });

  it("are granted at once on the talent's click when no employer must confirm, once", async () => {
    const offer = await offerOf(alice.id, withoutEmployer);
    await expect(confirmOffer(alice, offer.id, "127.0.0.1")).resolves.toBe("GRANTED");
    await expect(confirmOffer(alice, offer.id, null)).rejects.toMatchObject({ key: "stale" });
    // What is granted is held: an entitlement that later no-double-funding checks see.
    expect(
      await db.entitlement.findMany({ where: { userId: alice.id }, select: { category: true, name: true } }),
    ).toEqual([{ category: "SERVICE", name: "直接享受的补贴（免申即享）" }]);
    expect(await db.auditEvent.count({ where: { action: "offer.confirm", targetId: offer.id } })).toBe(1);
  });

  it("cannot be confirmed or declined by anyone but their talent", async () => {
    const offer = await offerOf(alice.id, withEmployer);
    await expect(confirmOffer(bob, offer.id, null)).rejects.toMatchObject({ key: "notFound" });
    await expect(declineOffer(bob, offer.id, null)).rejects.toMatchObject({ key: "notFound" });
    await expect(confirmOffer(hrX, offer.id, null)).rejects.toMatchObject({ key: "forbidden" });
    expect((await offerOf(alice.id, withEmployer)).status).toBe("OFFERED");
  });

  it("are refused when the talent no longer qualifies on today's profile", async () => {
    await db.talentProfile.update({ where: { userId: bob.id }, data: { education: "BACHELOR" } });
    const offer = await offerOf(bob.id, withoutEmployer);
    await expect(confirmOffer(bob, offer.id, null)).rejects.toMatchObject({ key: "offerNotEligible" });
    expect((await offerOf(bob.id, withoutEmployer)).status).toBe("OFFERED");
    await db.talentProfile.update({ where: { userId: bob.id }, data: { education: "MASTER" } });
  });

  it("wait for the employer where the policy says so; only that employer's HR decide, and HR are told", async () => {
    const offer = await offerOf(alice.id, withEmployer);
    await expect(confirmOffer(alice, offer.id, null)).resolves.toBe("EMPLOYER_PENDING");
    expect((await listMyNotifications(hrX)).map((n) => n.kind)).toEqual(["offer"]);
    expect((await listOffersForEmployer(hrX)).map((o) => o.id)).toEqual([offer.id]);
    expect(await listOffersForEmployer(hrY)).toEqual([]);

    await expect(decideOfferAsEmployer(hrY, { offerId: offer.id, decision: "CONFIRM" }, null)).rejects.toMatchObject({
      key: "notFound",
    });
    await decideOfferAsEmployer(hrX, { offerId: offer.id, decision: "CONFIRM" }, null);
    expect(await offerOf(alice.id, withEmployer)).toMatchObject({ status: "GRANTED", employerDecidedById: hrX.id });
    expect(await db.entitlement.count({ where: { userId: alice.id } })).toBe(2);
    await expect(
      decideOfferAsEmployer(hrX, { offerId: offer.id, decision: "DECLINE", reason: "重复" }, null),
    ).rejects.toMatchObject({ key: "stale" });
  });

  it("are not confirmed by the employer for someone who has left, and a decline carries its reason to the talent", async () => {
    const offer = await offerOf(bob.id, withEmployer);
    await confirmOffer(bob, offer.id, null);
    await db.talentProfile.update({ where: { userId: bob.id }, data: { employerId: null } });
    await expect(decideOfferAsEmployer(hrX, { offerId: offer.id, decision: "CONFIRM" }, null)).rejects.toMatchObject({
      key: "offerEmployeeLeft",
    });
    await decideOfferAsEmployer(hrX, { offerId: offer.id, decision: "DECLINE", reason: "该员工已离职" }, null);
    const [latest] = await listMyNotifications(bob);
    expect(latest).toMatchObject({ kind: "offer", body: "单位说明：该员工已离职" });
  });

  it("can be declined by their talent", async () => {
    const offer = await offerOf(carol.id, withoutEmployer);
    await declineOffer(carol, offer.id, null);
    expect((await offerOf(carol.id, withoutEmployer)).status).toBe("DECLINED");
    await runMatching();
    expect((await offerOf(carol.id, withoutEmployer)).status).toBe("DECLINED");
  });
});

describe("the inbox", () => {
  it("counts and marks only the reader's own messages", async () => {
    const carolsMessage = (await listMyNotifications(carol))[0]!;
    expect(await countUnread(alice)).toBeGreaterThan(0);
    expect(await markRead(alice, [carolsMessage.id])).toBe(0);
    expect(await countUnread(carol)).toBe(1);
    await markRead(alice);
    expect(await countUnread(alice)).toBe(0);
    expect(await countUnread(carol)).toBe(1);
  });
});

describe("a talent's own verdicts", () => {
  it("come from the profile and verified employer, with the facts that block the rest", async () => {
    const mine = await getMyEligibility(alice);
    expect(mine.verdicts.map((v) => v.outcome)).toEqual(["ELIGIBLE", "ELIGIBLE"]);
    const reviewer = await createUser({
      role: "REVIEWER",
      identifier: "r@example.com",
      password: "pw-123456789",
      displayName: "审核员",
      districtCode: "310112",
    });
    await expect(getMyEligibility(actor(reviewer))).rejects.toMatchObject({ key: "forbidden" });

    const newcomer = await createTalent({
      identifier: "new@example.com",
      password: "pw-123456789",
      realName: "新人",
      idNumber: idNumber("310112", "20000101", "357"),
    });
    const blank = await getMyEligibility(actor(newcomer));
    expect(blank.undecided).toBe(2);
    expect(blank.blocking).toEqual([
      { fact: "employerIsKeyEnterprise", policies: 2 },
      { fact: "education", policies: 2 },
    ]);
  });
});
