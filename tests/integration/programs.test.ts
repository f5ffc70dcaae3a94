import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/domain/access";
import { checkEligibility } from "@/lib/server/eligibility";
import {
  batchState,
  getPublishedProgram,
  listPublishedPrograms,
  myProgramVerdicts,
  tierRule,
} from "@/lib/server/programs";
import { seedPrograms } from "../../prisma/seed";
import { createEnterprise, createTalent, idNumber, uscc } from "../support/factories";

const NOW = new Date("2026-11-22T04:00:00Z");
let talent: TActor;

beforeAll(async () => {
  await seedPrograms(NOW);
  const changning = await createEnterprise({
    uscc: uscc("91310105MA1FL3C7X"),
    name: "长宁企业",
    districtCode: "310105",
  });
  const user = await createTalent({
    identifier: "dr@example.com",
    password: "pw-123456789",
    realName: "博士",
    idNumber: idNumber("310105", "19950312", "123"),
    education: "DOCTORATE",
    employerId: changning.id,
  });
  talent = { ...user, districtCode: null, displayName: "博士" };
});

describe("talent programs", () => {
  it("lists the published programs with the batch to show: open, else the next", async () => {
    const programs = await listPublishedPrograms(NOW);
    expect(programs.map((p) => [p.name, p.batch?.state])).toEqual([
      ["长宁区领军拔尖人才选拔培养计划", "UPCOMING"],
      ["“静英”人才行动计划", "OPEN"],
      ["春申金字塔人才计划", "OPEN"],
    ]);
    expect(programs[2]!.tiers.map((t) => t.name)).toContain("A 顶尖人才");
  });

  it("hides drafts and unknown ids", async () => {
    const [first] = await db.program.findMany({ select: { id: true }, take: 1 });
    await db.program.update({ where: { id: first!.id }, data: { status: "DRAFT" } });
    await expect(getPublishedProgram(first!.id)).rejects.toMatchObject({ key: "notFound" });
    await expect(getPublishedProgram("nope")).rejects.toMatchObject({ key: "notFound" });
    await db.program.update({ where: { id: first!.id }, data: { status: "PUBLISHED" } });
  });

  it("judges each tier on the program's rule and the tier's own, for talents only", async () => {
    const chunshen = await db.program.findUniqueOrThrow({ where: { slug: "minhang-chunshen-pyramid" } });
    const program = await getPublishedProgram(chunshen.id, NOW);
    expect(program.tiers[0]!.benefits[0]).toMatchObject({ category: "HOUSING", amount: 5_000_000 });
    const verdicts = (await myProgramVerdicts(talent, program, NOW))!;
    const e = program.tiers.find((t) => t.key === "E")!;
    expect(verdicts[e.id]!.outcome).toBe("INELIGIBLE");
    expect(verdicts[e.id]!.conditions.map((c) => c.text)).toEqual([
      "单位所在区 = 闵行区 — 您的单位为长宁区 ✗",
      "年龄 ≤ 35 周岁 — 您 31 周岁 ✓",
    ]);
    expect(await myProgramVerdicts(null, program, NOW)).toBeNull();

    const changning = await db.program.findUniqueOrThrow({ where: { slug: "changning-leading-talents" } });
    const mine = (await myProgramVerdicts(talent, await getPublishedProgram(changning.id, NOW), NOW))!;
    expect(Object.values(mine).map((v) => v!.outcome)).toEqual(["ELIGIBLE", "ELIGIBLE", "ELIGIBLE"]);
  });

  it("are judged by the public check beside policies", async () => {
    const verdicts = await checkEligibility({ employerDistrict: "310106" }, NOW);
    expect(verdicts.filter((v) => v.kind === "program").map((v) => [v.title, v.outcome])).toEqual(
      expect.arrayContaining([
        ["“静英”人才行动计划", "ELIGIBLE"],
        ["春申金字塔人才计划", "INELIGIBLE"],
      ]),
    );
  });

  it("states of a batch follow its window", () => {
    const b = { opensAt: new Date("2026-11-01T00:00:00Z"), closesAt: new Date("2026-11-30T15:59:59Z") };
    expect(batchState(b, new Date("2026-10-31T23:59:59Z"))).toBe("UPCOMING");
    expect(batchState(b, new Date("2026-11-30T15:59:59Z"))).toBe("OPEN");
    expect(batchState(b, new Date("2026-11-30T16:00:00Z"))).toBe("CLOSED");
    expect(tierRule(null, null)).toBeNull();
    expect(tierRule({ fact: "shoeSize", op: "eq", value: 1 }, null)).toBeNull();
  });
});
