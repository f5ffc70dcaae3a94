import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importPolicyFolder } from "@/lib/server/policy-import";
import { invalidateSearchCache, searchPolicies, type TSearchInput } from "@/lib/search/policy-search";
import { DEMO_SYNONYMS } from "@/prisma/seed";

const FOLDER = path.resolve("prisma/data/policies");
const search = (q: string, over: Partial<TSearchInput> = {}) => searchPolicies({ q, limit: 10, offset: 0, ...over });
const hitText = (r: Awaited<ReturnType<typeof search>>) => r.items.map((i) => i.text).join("\n");

beforeAll(async () => {
  await importPolicyFolder(FOLDER);
  await db.searchSynonym.createMany({ data: DEMO_SYNONYMS.map((terms) => ({ terms })) });
  invalidateSearchCache();
}, 60_000);

describe("importing the source texts", () => {
  it("stores every text verbatim, split into clauses that add up to the body", async () => {
    const policies = await db.policy.findMany({ include: { clauses: { orderBy: { seq: "asc" } } } });
    expect(policies).toHaveLength(5);
    for (const p of policies) {
      expect(p.clauses.map((c) => c.text).join("")).toBe(p.body);
      expect(p.clauses.every((c) => c.tokens.length > 0)).toBe(true);
    }
    const zibo = policies.find((p) => p.slug === "zibo-study-tour-ningbo-jiaxing-changzhou-2022")!;
    expect(zibo).toMatchObject({
      districtCode: null,
      cityName: "淄博市",
      kind: "NEWS",
      docNumber: null,
      issuedOn: null,
    });
    const jiading = policies.find((p) => p.slug === "jiading-13th-five-year-talent-plan-2016")!;
    expect(jiading).toMatchObject({ docNumber: "嘉人组办〔2016〕3号", districtCode: "310114", issuers: [] });
  });

  it("changes nothing when run again", async () => {
    const before = await db.policyClause.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    const events = await db.auditEvent.count();
    const report = await importPolicyFolder(FOLDER);
    expect(report.created).toEqual([]);
    expect(report.updated).toEqual([]);
    expect(report.unchanged).toHaveLength(5);
    expect(await db.policyClause.findMany({ select: { id: true }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.auditEvent.count()).toBe(events);
  });
});

describe("searchPolicies", () => {
  it("finds clauses with every word, best first, with the words marked", async () => {
    const r = await search("博士后 补贴");
    expect(r.partial).toBe(false);
    expect(r.total).toBeGreaterThan(0);
    for (const item of r.items) expect(item.text).toContain("博士后");
    const marked = r.items[0]!.snippet.filter((s) => s.hit).map((s) => s.text);
    expect(marked).toContain("博士后");
    const scores = r.items.map((i) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("applies synonyms: 租金补贴 finds 租房补贴 and the other way round", async () => {
    const r = await search("租金补贴");
    expect(hitText(r)).toContain("租房补贴");
    expect(hitText(r)).toContain("租金补贴");
    const back = await search("海归");
    expect(hitText(back)).toMatch(/留学回国|海归|留学人员/);
  });

  it("finds 外国人工作许可 in the text that says 外国人来华工作许可", async () => {
    const r = await search("外国人工作许可");
    expect(r.items[0]?.text).toContain("外国人来华工作许可");
    expect(r.items[0]?.districtName).toBe("长宁区");
  });

  it("falls back to the best partial matches instead of nothing", async () => {
    const r = await search("人才公寓 火星基地");
    expect(r.partial).toBe(true);
    expect(r.total).toBeGreaterThan(0);
    expect(hitText(r)).toContain("人才公寓");
  });

  it("filters by district and category, and pages through results", async () => {
    const all = await search("人才", { limit: 50 });
    const minhang = await search("人才", { district: "310112", limit: 50 });
    expect(minhang.total).toBeGreaterThan(0);
    expect(minhang.total).toBeLessThan(all.total);
    expect(minhang.items.every((i) => i.districtCode === "310112")).toBe(true);
    const page1 = await search("人才", { limit: 5 });
    const page2 = await search("人才", { limit: 5, offset: 5 });
    expect(page2.total).toBe(page1.total);
    expect(page2.items.map((i) => i.clauseId)).not.toContain(page1.items[0]!.clauseId);
    const housing = await search("人才", { category: "HOUSING", limit: 50 });
    const policies = await db.policy.findMany({ where: { id: { in: housing.items.map((i) => i.policyId) } } });
    expect(policies.every((p) => p.categories.includes("HOUSING"))).toBe(true);
  });

  it("names the city for a text without a district", async () => {
    const r = await search("宁波 人才码");
    expect(r.items[0]).toMatchObject({ districtCode: null, districtName: "淄博市" });
  });

  it("puts current policies before expired ones and hides drafts", async () => {
    const changning = await db.policy.findFirstOrThrow({ where: { districtCode: "310105" } });
    const before = await search("人才公寓", { limit: 50 });
    expect(before.items.some((i) => i.policyId === changning.id)).toBe(true);
    await db.policy.update({ where: { id: changning.id }, data: { status: "EXPIRED" } });
    invalidateSearchCache();
    const expired = await search("人才公寓", { limit: 50 });
    const statuses = expired.items.map((i) => i.status);
    expect(statuses.indexOf("EXPIRED")).toBeGreaterThan(statuses.lastIndexOf("PUBLISHED"));
    await db.policy.update({ where: { id: changning.id }, data: { status: "DRAFT" } });
    invalidateSearchCache();
    const draft = await search("人才公寓", { limit: 50 });
    expect(draft.items.some((i) => i.policyId === changning.id)).toBe(false);
    await db.policy.update({ where: { id: changning.id }, data: { status: "PUBLISHED" } });
    invalidateSearchCache();
  });

  it("lists the newest policies for an empty query", async () => {
    const r = await search("");
    expect(r.total).toBe(5);
    expect(r.items[0]?.issuedOn).toBe("2022-08-03");
  });

  it.each([`"'`, "%_", "&|!:*()", "<script>alert(1)</script>", "a\u0000b", "' OR 1=1 --", "\\", "人才') & ('x"])(
    "treats %j as text, never as syntax",
    async (q) => {
      const r = await search(q);
      expect(r.total).toBeGreaterThanOrEqual(0);
      for (const item of r.items) for (const s of item.snippet) expect(s.text).not.toContain("<script>");
    },
  );
});
