import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as search } from "@/app/api/v1/policies/search/route";
import { GET as policy } from "@/app/api/v1/policies/[id]/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { importPolicyFolder } from "@/lib/server/policy-import";

const call = async (query: string) => {
  const response = await search(new Request(`http://portal.test/api/v1/policies/search?${query}`));
  return { status: response.status, body: await response.json() };
};

beforeAll(async () => {
  await importPolicyFolder(path.resolve("prisma/data/policies"));
}, 60_000);

describe("GET /api/v1/policies/search", () => {
  it("answers the documented shape, with escaped snippets", async () => {
    const { status, body } = await call(`q=${encodeURIComponent("博士后")}&limit=3`);
    expect(status).toBe(200);
    expect(body.items).toHaveLength(3);
    expect(Object.keys(body.items[0]).sort()).toEqual(
      [
        "anchor",
        "clauseId",
        "districtCode",
        "districtName",
        "issuedOn",
        "label",
        "policyId",
        "policyTitle",
        "score",
        "snippet",
        "status",
        "text",
        "url",
      ].sort(),
    );
    expect(body.items[0].snippet).toContain("<mark>博士后</mark>");
    expect(body.items[0].url).toBe(`/policies/${body.items[0].policyId}#${body.items[0].anchor}`);
  });

  it.each([
    ["q=" + "人".repeat(101), "q", "搜索内容最多 100 个字"],
    ["district=999999", "district", "没有这个区，请从列表中选择"],
    ["category=MAGIC", "category", "没有这个政策类别"],
    ["offset=-1", "offset", "页码不能小于 1"],
    ["limit=abc", "limit", "请输入数字"],
  ])("refuses %s with 400 and a message in both languages", async (query, field, message) => {
    const { status, body } = await call(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.fields[field].message).toBe(message);
    expect(body.error.fields[field].messageEn).toMatch(/\w/);
  });

  it.each([`"'`, "%_", "&|!:*()", "<script>alert(1)</script>", "人才\u0000", '\\\'); DROP TABLE "Policy"; --'])(
    "treats %j as text",
    async (q) => {
      const { status, body } = await call(`q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
      expect(JSON.stringify(body)).not.toContain("<script>");
    },
  );
});

describe("GET /api/v1/policies/:id and openapi.json", () => {
  it("returns a policy with its clauses, and 404 for an unknown id", async () => {
    const { body: list } = await call("q=");
    expect(list.total).toBe(5);
    const response = await policy(new Request("http://portal.test"), {
      params: Promise.resolve({ id: list.items[0].policyId }),
    });
    const p = await response.json();
    expect(p.clauses.length).toBeGreaterThan(5);
    expect(new Set(p.clauses.map((c: { anchor: string }) => c.anchor)).size).toBe(p.clauses.length);
    const missing = await policy(new Request("http://portal.test"), { params: Promise.resolve({ id: "nope" }) });
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("notFound");
  });

  it("describes both endpoints", async () => {
    const doc = await openapi().json();
    expect(Object.keys(doc.paths)).toEqual([
      "/api/v1/policies/search",
      "/api/v1/eligibility/evaluate",
      "/api/v1/eligibility/check",
      "/api/v1/policies/{id}",
    ]);
    expect(doc.paths["/api/v1/policies/search"].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["q", "district", "category", "limit", "offset"]),
    );
  });
});
