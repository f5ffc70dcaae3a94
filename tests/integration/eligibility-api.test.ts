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
