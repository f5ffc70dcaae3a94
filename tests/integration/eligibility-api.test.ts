import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/eligibility/evaluate/route";

const youngTalent = {
  all: [
    { fact: "age", op: "lte", value: 35 },
    { fact: "education", op: "gte", value: "MASTER" },
    {
      any: [
        { fact: "isReturnee", op: "eq", value: true },
        { fact: "socialInsuranceMonths", op: "gte", value: 6 },
      ],
    },
  ],
};

async function post(body: unknown, ip = "203.0.113.1") {
  const response = await POST(
    new Request("http://portal.test/api/v1/eligibility/evaluate", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
  return { status: response.status, body: await response.json(), headers: response.headers };
}

describe("POST /api/v1/eligibility/evaluate", () => {
  it("explains every condition and names the missing facts", async () => {
    const { status, body } = await post({
      rule: youngTalent,
      facts: { birthDate: "1990-11-22", education: "DOCTORATE" },
      asOf: "2026-11-21",
    });
    expect(status).toBe(200);
    expect(body.outcome).toBe("NEEDS_INFO");
    expect(body.conditions[0]).toMatchObject({ fact: "age", actual: 35, result: "PASS" });
    expect(body.missingFacts).toEqual(["isReturnee", "socialInsuranceMonths"]);
  });

  it("turns 36 on the birthday and becomes ineligible", async () => {
    const { body } = await post({
      rule: youngTalent,
      facts: { birthDate: "1990-11-22", education: "DOCTORATE", isReturnee: true },
      asOf: "2026-11-22",
    });
    expect(body.outcome).toBe("INELIGIBLE");
    expect(body.conditions[0]).toMatchObject({ actual: 36, result: "FAIL" });
  });

  it.each([
    [{ rule: { fact: "salary", op: "gte", value: 1 }, facts: {} }, "rule"],
    [{ rule: { fact: "age", op: "like", value: 1 }, facts: {} }, "rule"],
    [{ rule: { fact: "age", op: "gte", value: "old" }, facts: {} }, "rule"],
    [{ rule: youngTalent, facts: { idNumber: "310106199001011234" } }, "facts.idNumber"],
    [{ rule: youngTalent, facts: { age: "thirty" } }, "facts.age"],
    [{ rule: youngTalent, facts: { shoeSize: 42 } }, "facts"],
    ["not json", "body"],
  ])("refuses %j with 400 naming the culprit", async (body, field) => {
    const { status, body: answer } = await post(body);
    expect(status).toBe(400);
    expect(answer.error.code).toBe("invalid_request");
    expect(Object.keys(answer.error.fields).some((k) => k.startsWith(field))).toBe(true);
    expect(answer.error.message.length).toBeGreaterThan(0);
  });

  it("limits how often one client may ask", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++) statuses.push((await post({ rule: youngTalent, facts: {} }, "198.51.100.7")).status);
    expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true);
    const limited = await post({ rule: youngTalent, facts: {} }, "198.51.100.7");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await post({ rule: youngTalent, facts: {} }, "198.51.100.8")).status).toBe(200);
  });
});

describe("POST /api/v1/eligibility/check with rules kept on policies", () => {
  it("judges every published policy with a rule, eligible first; drafts and rule-less policies are left out", async () => {
    const { createUser } = await import("../support/factories");
    const { createPolicy, changePolicyStatus } = await import("@/lib/server/policies");
    const { ZPolicyInput } = await import("@/lib/schemas/policy");
    const { POST: check } = await import("@/app/api/v1/eligibility/check/route");
    const admin = await createUser({
      role: "ADMIN",
      identifier: "rules@example.com",
      password: "pw-123456789",
      displayName: "管理员",
      districtCode: "310106",
    });
    const policy = (title: string, rule: unknown) =>
      ZPolicyInput.parse({
        title,
        kind: "POLICY",
        districtCode: "310106",
        cityName: "上海市",
        issuers: "",
        body: "一、条款\n1.内容。\n",
        rule: rule ? JSON.stringify(rule) : "",
      });
    const young = await createPolicy(admin, policy("青年英才开发计划", youngTalent), null);
    const senior = await createPolicy(
      admin,
      policy("领军人才计划", { fact: "professionalTitle", op: "gte", value: "SENIOR" }),
      null,
    );
    const none = await createPolicy(admin, policy("无规则的政策", null), null);
    await createPolicy(admin, policy("草稿", youngTalent), null);
    for (const id of [young, senior, none]) await changePolicyStatus(admin, id, "publish", null);

    const response = await check(
      new Request("http://portal.test/api/v1/eligibility/check", {
        method: "POST",
        headers: { "x-forwarded-for": "192.0.2.50" },
        body: JSON.stringify({
          facts: {
            birthDate: "1995-03-12",
            education: "DOCTORATE",
            isReturnee: true,
            professionalTitle: "INTERMEDIATE",
          },
          asOf: "2026-11-22",
        }),
      }),
    );
    expect(response.status).toBe(200);
    const { items } = await response.json();
    expect(items.map((i: { title: string; outcome: string }) => [i.title, i.outcome])).toEqual([
      ["青年英才开发计划", "ELIGIBLE"],
      ["领军人才计划", "INELIGIBLE"],
    ]);
    expect(items[0].districtName).toBe("静安区");
  });

  it("refuses a rule that does not validate when an admin saves it", async () => {
    const { ZPolicyInput } = await import("@/lib/schemas/policy");
    const base = { title: "x", kind: "POLICY", districtCode: "310106", cityName: "上海市", issuers: "", body: "正文" };
    const issue = (rule: string) =>
      ZPolicyInput.safeParse({ ...base, rule }).error?.issues.find((i) => i.path[0] === "rule")?.message;
    expect(issue("{not json")).toBe("ruleJson");
    expect(issue(JSON.stringify({ fact: "shoeSize", op: "eq", value: 42 }))).toBe("ruleInvalid");
    expect(issue("")).toBeUndefined();
  });
});
