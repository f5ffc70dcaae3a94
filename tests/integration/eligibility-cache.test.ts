// checkEligibility keeps the published rules compiled per process; these tests change the policies behind its back
// (as another instance or an admin would) and expect the next check to see the change.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TRule } from "@/lib/domain/eligibility";
import { checkEligibility, invalidateEligibilityCache } from "@/lib/server/eligibility";

const AS_OF = new Date("2026-11-22T04:00:00Z");
const doctor = { birthDate: "1990-01-01", education: "DOCTORATE" as const, professionalTitle: "INTERMEDIATE" as const };
const DOCTORS: TRule = { fact: "education", op: "eq", value: "DOCTORATE" };
const SENIORS: TRule = { fact: "professionalTitle", op: "gte", value: "SENIOR" };

const verdicts = async () =>
  (await checkEligibility(doctor, AS_OF)).map((v) => [v.title, v.outcome]).sort((a, b) => a[0]!.localeCompare(b[0]!));

async function publish(title: string, rule: TRule) {
  return db.policy.create({
    data: { title, body: "正文", districtCode: "310106", status: "PUBLISHED", publishedAt: new Date(), rule },
    select: { id: true },
  });
}

describe("checkEligibility's compiled rules", () => {
  it("are reused while nothing changes, and follow every change to the published rules", async () => {
    invalidateEligibilityCache();
    const a = await publish("博士补贴", DOCTORS);
    expect(await verdicts()).toEqual([["博士补贴", "ELIGIBLE"]]);

    // Nothing changed: the same answer, from the compiled rules (no policy query but the key).
    const findMany = db.policy.findMany;
    let loads = 0;
    (db.policy as { findMany: unknown }).findMany = (...args: Parameters<typeof findMany>) => {
      loads++;
      return findMany(...args);
    };
    try {
      expect(await verdicts()).toEqual([["博士补贴", "ELIGIBLE"]]);
      expect(loads).toBe(0);

      // A rule edited in place.
      await db.policy.update({ where: { id: a.id }, data: { rule: SENIORS } });
      expect(await verdicts()).toEqual([["博士补贴", "INELIGIBLE"]]);
      expect(loads).toBe(1);

      // A newly published policy, a title change and a withdrawal.
      const b = await publish("人才补贴", DOCTORS);
      expect(await verdicts()).toEqual([
        ["人才补贴", "ELIGIBLE"],
        ["博士补贴", "INELIGIBLE"],
      ]);
      await db.policy.update({ where: { id: b.id }, data: { title: "人才安居补贴" } });
      expect(await verdicts()).toEqual([
        ["人才安居补贴", "ELIGIBLE"],
        ["博士补贴", "INELIGIBLE"],
      ]);
      await db.policy.update({ where: { id: a.id }, data: { status: "EXPIRED" } });
      expect(await verdicts()).toEqual([["人才安居补贴", "ELIGIBLE"]]);

      // A deleted row (not something the portal does, but the key notices it by the count).
      await db.$executeRaw`DELETE FROM "Policy" WHERE "id" = ${b.id}`;
      expect(await verdicts()).toEqual([]);

      // invalidateEligibilityCache forces a load even when the key is the same.
      const before = loads;
      invalidateEligibilityCache();
      await verdicts();
      expect(loads).toBe(before + 1);
    } finally {
      (db.policy as { findMany: unknown }).findMany = findMany;
    }
  });

  it("explains each verdict as explain() does, with the asker's derived facts", async () => {
    await publish("青年人才", { all: [{ fact: "age", op: "lte", value: 35 }, DOCTORS] });
    const [young] = (await checkEligibility(doctor, AS_OF)).filter((v) => v.title === "青年人才");
    expect(young).toMatchObject({ outcome: "INELIGIBLE", missingFacts: [] });
    expect(young!.conditions.map((c) => [c.fact, c.actual, c.result])).toEqual([
      ["age", 36, "FAIL"],
      ["education", "DOCTORATE", "PASS"],
    ]);
  });
});
