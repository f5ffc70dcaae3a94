import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/domain/access";
import { ZPolicyInput, ZSynonymsInput } from "@/lib/schemas/policy";
import {
  changePolicyStatus,
  createPolicy,
  getPolicy,
  listSynonymGroups,
  saveSynonymGroups,
  updatePolicy,
} from "@/lib/server/policies";
import { searchPolicies } from "@/lib/search/policy-search";
import { InvalidRuleError } from "@/lib/domain/eligibility";
import { requestPolicyMatching } from "@/lib/server/matching";
import { previewRuleMatches } from "@/lib/server/rule-preview";
import { createTalent, createUser, idNumber } from "../support/factories";

// The matching job is another component's; here it is enough to know when it is asked for.
vi.mock("@/lib/server/matching", () => ({ requestPolicyMatching: vi.fn(async () => {}) }));

let jinganAdmin: TActor;
let changningAdmin: TActor;
let platformAdmin: TActor;
let reviewer: TActor;

const input = (over: Record<string, unknown> = {}) =>
  ZPolicyInput.parse({
    title: "静安区青年人才安居试点办法",
    kind: "POLICY",
    districtCode: "310106",
    cityName: "上海市",
    issuers: "静安区人才工作领导小组办公室\n静安区住房保障局",
    issuedOn: "2026-10-01",
    categories: ["HOUSING", "REWARDS"],
    targetGroups: "YOUTH",
    body: "为吸引青年人才，制定本办法。\n一、适用对象\n1.在本区工作的青年人才。\n2.试点发放火星租房补贴。(牵头部门:区房管局、区人社局)\n",
    ...over,
  });

beforeAll(async () => {
  const pw = "pw-123456789";
  jinganAdmin = await createUser({
    role: "ADMIN",
    identifier: "a1@example.com",
    password: pw,
    displayName: "静安管理员",
    districtCode: "310106",
  });
  changningAdmin = await createUser({
    role: "ADMIN",
    identifier: "a2@example.com",
    password: pw,
    displayName: "长宁管理员",
    districtCode: "310105",
  });
  platformAdmin = await createUser({
    role: "ADMIN",
    identifier: "a3@example.com",
    password: pw,
    displayName: "平台",
    districtCode: null,
  });
  reviewer = await createUser({
    role: "REVIEWER",
    identifier: "r@example.com",
    password: pw,
    displayName: "审核",
    districtCode: "310106",
  });
});

describe("policy administration", () => {
  let id: string;

  it("lets a district admin draft a policy of their district, split into clauses, invisible to search until published", async () => {
    id = await createPolicy(jinganAdmin, input(), "10.0.0.9");
    const p = await getPolicy(jinganAdmin, id);
    expect(p.status).toBe("DRAFT");
    expect(p.issuers).toEqual(["静安区人才工作领导小组办公室", "静安区住房保障局"]);
    expect(p.clauses.map((c) => c.label)).toEqual(["", "一、", "1.", "2."]);
    expect(p.clauses[3]).toMatchObject({ leadDepartments: ["区房管局", "区人社局"], departmentKind: "lead" });
    await expect(getPolicy(null, id)).rejects.toMatchObject({ key: "notFound" });
    expect((await searchPolicies({ q: "火星租房补贴", limit: 10, offset: 0 })).total).toBe(0);
  });

  it("refuses other districts' admins, reviewers, and city-level policies from district admins", async () => {
    await expect(createPolicy(changningAdmin, input(), null)).rejects.toMatchObject({ key: "forbidden" });
    await expect(createPolicy(reviewer, input(), null)).rejects.toMatchObject({ key: "forbidden" });
    await expect(createPolicy(jinganAdmin, input({ districtCode: "" }), null)).rejects.toMatchObject({
      key: "forbidden",
    });
    await expect(changePolicyStatus(changningAdmin, id, "publish", null)).rejects.toMatchObject({ key: "forbidden" });
    await expect(updatePolicy(jinganAdmin, id, input({ districtCode: "310105" }), null)).rejects.toMatchObject({
      key: "forbidden",
    });
    const cityLevel = await createPolicy(platformAdmin, input({ districtCode: "", title: "市级政策" }), null);
    expect((await db.policy.findUniqueOrThrow({ where: { id: cityLevel } })).districtCode).toBeNull();
  });

  it("publishes, expires and withdraws with audited, state-checked transitions", async () => {
    await changePolicyStatus(jinganAdmin, id, "publish", null);
    const found = await searchPolicies({ q: "火星租房补贴", limit: 10, offset: 0 });
    expect(found.items[0]).toMatchObject({ policyId: id, label: "2.", status: "PUBLISHED" });
    await expect(changePolicyStatus(jinganAdmin, id, "publish", null)).rejects.toMatchObject({ key: "stale" });
    await changePolicyStatus(jinganAdmin, id, "expire", null);
    expect((await searchPolicies({ q: "火星租房补贴", limit: 10, offset: 0 })).items[0]?.status).toBe("EXPIRED");
    await changePolicyStatus(jinganAdmin, id, "unpublish", null);
    expect((await searchPolicies({ q: "火星租房补贴", limit: 10, offset: 0 })).total).toBe(0);
    const actions = (await db.auditEvent.findMany({ where: { targetId: id }, orderBy: { id: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["policy.create", "policy.publish", "policy.expire", "policy.unpublish"]);
  });

  it("re-splits on a body edit and refuses a save made from an older version", async () => {
    const before = await db.policy.findUniqueOrThrow({ where: { id } });
    const edited = input({
      body: `${input().body}3.新增条款：金星人才驿站。\n`,
      updatedAt: before.updatedAt.toISOString(),
    });
    await updatePolicy(jinganAdmin, id, edited, null);
    const p = await getPolicy(jinganAdmin, id);
    expect(p.clauses.at(-1)?.text).toContain("金星人才驿站");
    await expect(updatePolicy(jinganAdmin, id, edited, null)).rejects.toMatchObject({ key: "stale" });
  });
});

describe("synonyms", () => {
  it("parses one group per line and applies saved groups to search at once", async () => {
    const { groups } = ZSynonymsInput.parse({ groups: "火星租房补贴、天外补助\n  \n海归，留学回国人员" });
    expect(groups).toEqual([
      ["火星租房补贴", "天外补助"],
      ["海归", "留学回国人员"],
    ]);
    expect(ZSynonymsInput.safeParse({ groups: "孤词" }).success).toBe(false);
    await changePolicyStatus(
      jinganAdmin,
      (await db.policy.findFirstOrThrow({ where: { title: "静安区青年人才安居试点办法" } })).id,
      "publish",
      null,
    );
    expect((await searchPolicies({ q: "天外补助", limit: 10, offset: 0 })).total).toBe(0);
    await saveSynonymGroups(platformAdmin, groups, null);
    expect(await listSynonymGroups()).toEqual(groups);
    expect((await searchPolicies({ q: "天外补助", limit: 10, offset: 0 })).total).toBeGreaterThan(0);
    await expect(saveSynonymGroups(reviewer, groups, null)).rejects.toMatchObject({ key: "forbidden" });
  });
});

describe("rule fields", () => {
  const rule = {
    all: [
      { fact: "age", op: "lte", value: 35 },
      { fact: "education", op: "gte", value: "MASTER" },
    ],
  };
  // The same rule with its keys in another order, as the builder might write it.
  const reordered = {
    all: [
      { value: 35, op: "lte", fact: "age" },
      { op: "gte", value: "MASTER", fact: "education" },
    ],
  };

  it("stores the note and flags, bumps the rule version only when the rule changes, and asks for matching", async () => {
    vi.mocked(requestPolicyMatching).mockClear();
    const id = await createPolicy(
      jinganAdmin,
      input({
        title: "规则字段测试",
        rule: JSON.stringify(rule),
        ruleNote: "示例规则：仅为演示",
        applyFree: "on",
        employerConfirms: "on",
      }),
      null,
    );
    const stored = () => db.policy.findUniqueOrThrow({ where: { id } });
    expect(await stored()).toMatchObject({
      ruleNote: "示例规则：仅为演示",
      applyFree: true,
      employerConfirms: true,
      ruleVersion: 1,
    });
    // A draft is not matched.
    expect(requestPolicyMatching).not.toHaveBeenCalled();

    const save = async (over: Record<string, unknown>) =>
      updatePolicy(
        jinganAdmin,
        id,
        input({ title: "规则字段测试", updatedAt: (await stored()).updatedAt.toISOString(), ...over }),
        null,
      );
    await save({ rule: JSON.stringify(reordered), ruleNote: "", applyFree: undefined });
    expect(await stored()).toMatchObject({ ruleVersion: 1, ruleNote: null, applyFree: false, employerConfirms: false });
    expect(requestPolicyMatching).not.toHaveBeenCalled();

    await changePolicyStatus(jinganAdmin, id, "publish", null);
    expect(requestPolicyMatching).toHaveBeenLastCalledWith(id);
    await save({ rule: JSON.stringify({ fact: "age", op: "lte", value: 40 }) });
    expect((await stored()).ruleVersion).toBe(2);
    expect(requestPolicyMatching).toHaveBeenCalledTimes(2);
    await save({ rule: "" });
    expect(await stored()).toMatchObject({ ruleVersion: 3, rule: null });
    // Removing the rule of a published policy is a change too: the job ends its matches.
    expect(requestPolicyMatching).toHaveBeenCalledTimes(3);
    await save({ title: "规则字段测试（改名）", rule: "" });
    expect(requestPolicyMatching).toHaveBeenCalledTimes(3);
  });
});

describe("previewRuleMatches", () => {
  const year = new Date().getFullYear();
  const born = (age: number) => `${year - age - 1}0101`;

  beforeAll(async () => {
    const pw = "pw-123456789";
    const talent = (n: number, age: number, over: Record<string, unknown>) =>
      createTalent({
        identifier: `preview${n}@example.com`,
        password: pw,
        realName: `预览${n}`,
        idNumber: idNumber("310106", born(age), `10${n}`),
        ...over,
      });
    await talent(1, 30, { education: "MASTER", annualSalary: 400_000 });
    await talent(2, 50, { education: "DOCTORATE" });
    await talent(3, 28, {});
    await talent(4, 29, { education: "BACHELOR" });
  });

  const rule = JSON.stringify({
    all: [
      { fact: "education", op: "gte", value: "MASTER" },
      { fact: "age", op: "lte", value: 35 },
    ],
  });

  it("counts current talents by outcome", async () => {
    expect(await previewRuleMatches(jinganAdmin, rule)).toEqual({ eligible: 1, needsInfo: 1, ineligible: 2, total: 4 });
    // Salaries are read when the rule asks for them.
    expect(
      await previewRuleMatches(platformAdmin, JSON.stringify({ fact: "annualSalary", op: "gte", value: 300000 })),
    ).toEqual({ eligible: 1, needsInfo: 3, ineligible: 0, total: 4 });
  });

  it("is refused to talents and reviewers", async () => {
    const talent = await db.user.findFirstOrThrow({ where: { role: "TALENT" } });
    await expect(
      previewRuleMatches({ id: talent.id, role: "TALENT", districtCode: null, displayName: "t" }, rule),
    ).rejects.toMatchObject({ key: "forbidden" });
    await expect(previewRuleMatches(reviewer, rule)).rejects.toMatchObject({ key: "forbidden" });
  });

  it("refuses an invalid rule with its problems", async () => {
    const invalid = previewRuleMatches(jinganAdmin, JSON.stringify({ fact: "shoeSize", op: "gte", value: 40 }));
    await expect(invalid).rejects.toBeInstanceOf(InvalidRuleError);
    await expect(invalid).rejects.toThrow("未知的条件项“shoeSize”");
    await expect(previewRuleMatches(jinganAdmin, "{")).rejects.toThrow("不是有效的 JSON");
    await expect(previewRuleMatches(jinganAdmin, "")).rejects.toThrow("规则为空");
  });
});
