// Policy catalogue and search (一网查询): the search page, deep links to clauses, filters, pagination, hostile input,
// the JSON API and the English UI. The data is the demo seed: five real texts from prisma/data/policies/ and the
// synonym groups of DEMO_SYNONYMS (prisma/seed.ts).
import { expect, test, type Page } from "@playwright/test";
import { errorSummary } from "./helpers";

/** The results section of /policies (its heading names the query and the count). */
function results(page: Page) {
  return page.locator("section[aria-labelledby='results-heading']");
}
function resultItems(page: Page) {
  return results(page).getByRole("listitem");
}
/** Each result's heading link: "<policy title> <clause label>". */
function resultLinks(page: Page) {
  return results(page).getByRole("heading", { level: 3 }).getByRole("link");
}
async function resultTitles(page: Page) {
  return resultLinks(page).allTextContents();
}
/** Each result's clause, as its link's /policies/<id>#<anchor> (titles repeat: a news paragraph has no label). */
async function resultHrefs(page: Page) {
  return resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}
function searchBox(page: Page) {
  return page.getByRole("searchbox", { name: "搜索政策条款", exact: true });
}
async function search(page: Page, q: string) {
  await searchBox(page).fill(q);
  await page.getByRole("search").getByRole("button", { name: "搜索", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/policies" && url.searchParams.get("q") === q);
}

const CHANGNING = "310105";
const RENT = /租房补贴|租金补贴/;

test("from the home page: search 租房补贴, share the URL, open a clause by its deep link", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "政策查询", exact: true }).click();
  await page.waitForURL(/\/policies$/);
  await expect(page.getByRole("heading", { level: 1, name: "政策查询" })).toBeVisible();
  // The home page's section card leads there too.
  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "政策查询", exact: true }).click();
  await page.waitForURL(/\/policies$/);

  await search(page, "租房补贴");
  expect(new URL(page.url()).searchParams.get("q")).toBe("租房补贴");
  await expect(page.getByRole("heading", { level: 2, name: /“租房补贴”共找到 \d+ 条相关条款/ })).toBeVisible();
  await expect(resultItems(page).first()).toBeVisible();
  // The typed word or its synonym (租金补贴) is marked in the snippets.
  await expect(results(page).locator("mark").filter({ hasText: RENT }).first()).toBeVisible();
  const titles = await resultTitles(page);
  expect(titles.length).toBeGreaterThan(0);

  // Shareable: the same URL gives the same results.
  await page.reload();
  await expect(searchBox(page)).toHaveValue("租房补贴");
  await expect(resultLinks(page)).toHaveText(titles);

  // The first result whose snippet marks the phrase: its title link opens the clause.
  const hit = resultItems(page)
    .filter({ has: page.locator("mark", { hasText: RENT }) })
    .first();
  const marked = (await hit.locator("mark", { hasText: RENT }).first().textContent())!;
  const link = hit.getByRole("heading", { level: 3 }).getByRole("link");
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^\/policies\/[^/#?]+#[^#]+$/);
  await link.click();
  await page.waitForURL((url) => url.pathname + url.hash === href);
  const anchor = href.split("#")[1]!;
  const clause = page.locator(`[id="${anchor}"]`);
  await expect(clause).toBeVisible();
  await expect(clause).toBeInViewport();
  await expect(clause).toContainText(marked);

  // The deep link opened directly in a fresh page scrolls to the clause too.
  const fresh = await page.context().newPage();
  await fresh.goto(href);
  const again = fresh.locator(`[id="${anchor}"]`);
  await expect(again).toBeVisible();
  await expect(again).toBeInViewport();
  await expect(again).toContainText(marked);
  await fresh.close();
});

test("the 长宁区 filter shows only 长宁区 results", async ({ page }) => {
  await page.goto("/policies");
  await searchBox(page).fill("人才公寓");
  await page.getByRole("combobox", { name: "区", exact: true }).selectOption({ label: "长宁区" });
  await page.getByRole("search").getByRole("button", { name: "搜索", exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get("district") === CHANGNING);
  await expect(page.getByRole("combobox", { name: "区", exact: true })).toHaveValue(CHANGNING);
  const items = resultItems(page);
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  for (let i = 0; i < count; i++) await expect(items.nth(i).getByText("长宁区", { exact: true })).toBeVisible();
  for (const other of ["静安区", "嘉定区", "闵行区", "淄博市"])
    await expect(results(page).getByText(other, { exact: true })).toHaveCount(0);
});

test("a word no clause has, in one district: the no-result message and the all-districts suggestion", async ({
  page,
}) => {
  await page.goto(`/policies?q=${encodeURIComponent("火星")}&district=${CHANGNING}`);
  await expect(page.getByText("没有找到相关条款。")).toBeVisible();
  await expect(resultItems(page)).toHaveCount(0);
  const suggestion = page.getByRole("link", { name: /在全部区中搜索/ });
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await page.waitForURL((url) => url.searchParams.get("q") === "火星" && !url.searchParams.has("district"));
  await expect(page.getByRole("heading", { level: 2, name: /“火星”共找到 0 条相关条款/ })).toBeVisible();
  await expect(page.getByText("没有找到相关条款。")).toBeVisible();
  // Without a district there is nothing to widen.
  await expect(page.getByRole("link", { name: /在全部区中搜索/ })).toHaveCount(0);
});

test("after a link to other results, the search form shows that search's filters", async ({ page }) => {
  // The all-districts suggestion drops the district: the form must not keep 长宁区 (submitting it would put it back).
  await page.goto(`/policies?q=${encodeURIComponent("火星")}&district=${CHANGNING}`);
  await page.getByRole("link", { name: /在全部区中搜索/ }).click();
  await page.waitForURL((url) => url.searchParams.get("q") === "火星" && !url.searchParams.has("district"));
  await expect(page.getByRole("combobox", { name: "区", exact: true })).toHaveValue("");
  // The header's 政策查询 link from a results page: an empty search box over the newest policies.
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "政策查询", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/policies" && !url.search);
  await expect(page.getByRole("heading", { level: 2, name: /最新发布的政策/ })).toBeVisible();
  await expect(searchBox(page)).toHaveValue("");
});

test("火星基地 in 长宁区: no clause has both words, so the 长宁 clauses with one of them are offered, marked partial", async ({
  page,
}) => {
  await page.goto("/policies");
  await search(page, "火星基地");
  await page.getByRole("combobox", { name: "区", exact: true }).selectOption({ label: "长宁区" });
  await page.getByRole("search").getByRole("button", { name: "搜索", exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get("district") === CHANGNING);
  await expect(page.getByText("没有同时包含所有关键词的条款，以下为部分匹配的结果。")).toBeVisible();
  await expect(resultItems(page).first()).toContainText("长宁区");
  await expect(results(page).locator("mark", { hasText: "基地" }).first()).toBeVisible();
});

test("a query only partly found shows the partial-match notice", async ({ page }) => {
  await page.goto("/policies");
  await search(page, "人才公寓 火星基地");
  await expect(page.getByText("没有同时包含所有关键词的条款，以下为部分匹配的结果。")).toBeVisible();
  await expect(resultItems(page).first()).toBeVisible();
  await expect(results(page).locator("mark", { hasText: "人才公寓" }).first()).toBeVisible();
});

test("pagination: 下一页 and 上一页", async ({ page }) => {
  await page.goto(`/policies?q=${encodeURIComponent("人才")}`);
  const pager = page.getByRole("navigation", { name: "分页" });
  await expect(pager).toContainText(/第 1 页，共 (\d+) 页/);
  const pages = Number((await pager.textContent())!.match(/共 (\d+) 页/)![1]);
  expect(pages).toBeGreaterThan(2);
  await expect(pager.getByRole("link", { name: "上一页" })).toHaveCount(0);
  const first = await resultHrefs(page);
  expect(first).toHaveLength(10);

  await pager.getByRole("link", { name: "下一页" }).click();
  await page.waitForURL((url) => url.searchParams.get("page") === "2" && url.searchParams.get("q") === "人才");
  await expect(pager).toContainText(`第 2 页，共 ${pages} 页`);
  await expect(resultLinks(page).first()).toBeVisible();
  const second = await resultHrefs(page);
  expect(second.length).toBeGreaterThan(0);
  // The clauses of page 2 are not those of page 1.
  expect(second.filter((t) => first.includes(t))).toEqual([]);

  await pager.getByRole("link", { name: "上一页" }).click();
  await page.waitForURL((url) => url.searchParams.get("page") === "1" && url.searchParams.get("q") === "人才");
  await expect(pager).toContainText(`第 1 页，共 ${pages} 页`);
  await expect.poll(() => resultHrefs(page)).toEqual(first);
});

test.describe("hostile input", () => {
  for (const q of ["<script>alert(1)</script>", `'"%_&|!:*()`]) {
    test(`q=${q} is shown as text`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on("dialog", async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await page.goto("/policies");
      await search(page, q);
      await expect(searchBox(page)).toHaveValue(q);
      // The heading quotes the query as text, not markup; a query of punctuation alone has no words to look for,
      // so the newest policies are listed under their own heading.
      const heading = /\p{L}/u.test(q) ? `“${q}”` : "最新发布的政策";
      await expect(page.getByRole("heading", { level: 2, name: heading, exact: false })).toBeVisible();
      await expect(page.getByRole("heading", { name: "服务暂时不可用" })).toHaveCount(0);

      const response = await page.reload();
      expect(response?.status()).toBe(200);
      await expect(searchBox(page)).toHaveValue(q);

      const api = await page.request.get(`/api/v1/policies/search?q=${encodeURIComponent(q)}`);
      expect(api.status()).toBe(200);
      for (const item of (await api.json()).items) expect(item.snippet).not.toContain("<script");
      expect(dialogs).toEqual([]);
    });
  }

  test("an unknown district: 没有这个区，请从列表中选择", async ({ page }) => {
    const response = await page.goto("/policies?district=999");
    expect(response?.status()).toBeLessThan(500);
    await expect(errorSummary(page)).toContainText("没有这个区，请从列表中选择");
  });

  test("a query over 100 characters: 搜索内容最多 100 个字", async ({ page }) => {
    const long = "人才".repeat(51);
    const response = await page.goto(`/policies?q=${encodeURIComponent(long)}`);
    expect(response?.status()).toBeLessThan(500);
    await expect(errorSummary(page)).toContainText("搜索内容最多 100 个字");
    await expect(page.locator("#q-error")).toHaveText("搜索内容最多 100 个字");
    await expect(searchBox(page)).toHaveAttribute("aria-invalid", "true");
    await expect(resultItems(page)).toHaveCount(0);
  });
});

test.describe("API", () => {
  test("search 外国人工作许可 finds the 长宁区 clause by its synonym", async ({ request }) => {
    const response = await request.get(`/api/v1/policies/search?q=${encodeURIComponent("外国人工作许可")}`);
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.total).toBeGreaterThan(0);
    expect(body.partial).toBe(false);
    const first = body.items[0];
    expect(first.districtName).toBe("长宁区");
    expect(first.districtCode).toBe(CHANGNING);
    expect(first.text).toContain("外国人来华工作许可");
    expect(first.snippet).toContain("<mark>");
    expect(first.url).toBe(`/policies/${first.policyId}#${first.anchor}`);
    for (const key of ["policyTitle", "clauseId", "label", "score", "status", "issuedOn"])
      expect(first).toHaveProperty(key);
  });

  test("a negative offset is a 400 naming the field", async ({ request }) => {
    const response = await request.get("/api/v1/policies/search?offset=-1");
    expect(response.status()).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBeTruthy();
    expect(error.message).toBeTruthy();
    expect(error.messageEn).toBeTruthy();
    expect(error.fields).toHaveProperty("offset");
  });

  test("too long a query and an unknown district are 400s", async ({ request }) => {
    const long = await request.get(`/api/v1/policies/search?q=${encodeURIComponent("人".repeat(101))}`);
    expect(long.status()).toBe(400);
    expect((await long.json()).error.fields).toHaveProperty("q");
    const district = await request.get("/api/v1/policies/search?district=999");
    expect(district.status()).toBe(400);
    expect((await district.json()).error.fields.district.message).toBe("没有这个区，请从列表中选择");
  });

  test("an empty query lists the newest policies; a policy's clauses have unique anchors", async ({ request }) => {
    const response = await request.get("/api/v1/policies/search?q=");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.total).toBe(5);
    expect(body.items).toHaveLength(5);
    expect(new Set(body.items.map((i: { policyId: string }) => i.policyId)).size).toBe(5);

    for (const item of body.items) {
      const policy = await request.get(`/api/v1/policies/${item.policyId}`);
      expect(policy.status()).toBe(200);
      const p = await policy.json();
      expect(p.id).toBe(item.policyId);
      expect(p.title).toBe(item.policyTitle);
      expect(p.clauses.length).toBeGreaterThan(0);
      const anchors = p.clauses.map((c: { anchor: string }) => c.anchor);
      expect(new Set(anchors).size).toBe(anchors.length);
      expect(anchors).toContain(item.anchor);
    }
    expect((await request.get("/api/v1/policies/no-such-policy")).status()).toBe(404);
  });

  test("the 淄博 text is shown under 淄博市", async ({ request }) => {
    const response = await request.get(`/api/v1/policies/search?q=${encodeURIComponent("常州 人才公寓")}`);
    expect(response.status()).toBe(200);
    const item = (await response.json()).items.find((i: { policyTitle: string }) => i.policyTitle.includes("淄博"));
    expect(item, "a clause of the 淄博 report").toBeTruthy();
    expect(item.districtName).toBe("淄博市");
    expect(item.districtCode).toBeNull();
    const policy = await (await request.get(`/api/v1/policies/${item.policyId}`)).json();
    expect(policy.districtName).toBe("淄博市");
  });

  test("openapi.json describes both endpoints", async ({ request }) => {
    const response = await request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    const doc = await response.json();
    expect(doc.paths).toHaveProperty(["/api/v1/policies/search"]);
    expect(doc.paths).toHaveProperty(["/api/v1/policies/{id}"]);
  });
});

test("/en/policies shows the English UI and results", async ({ page }) => {
  await page.goto(`/en/policies?q=${encodeURIComponent("人才公寓")}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Policy search" })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search policy clauses" })).toHaveValue("人才公寓");
  await expect(page.getByRole("button", { name: "Search", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /clauses found for “人才公寓”/ })).toBeVisible();
  await expect(resultItems(page).first()).toBeVisible();
  await expect(results(page).locator("mark", { hasText: "人才公寓" }).first()).toBeVisible();
  // Links stay in English.
  const href = await resultLinks(page).first().getAttribute("href");
  expect(href).toMatch(/^\/en\/policies\/[^/#?]+#.+$/);
  // District names are English too; a city without a district keeps its own name.
  await page.goto(`/en/policies?q=${encodeURIComponent("外国人工作许可")}`);
  await expect(resultItems(page).first()).toContainText("Changning District");
});
