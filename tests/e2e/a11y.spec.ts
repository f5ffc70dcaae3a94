// Accessibility (WCAG 2.1 A/AA rules of axe-core) of every page, and screenshots of each at phone and desktop widths
// in test-results/screenshots/<name>-<width>.png.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { errorSummary, screenshotAtWidths, signInAs } from "./helpers";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The header has learnt whether someone is signed in (it asks the session endpoint after loading). */
async function settled(page: Page) {
  const nav = page.getByRole("navigation", { name: /主导航|Main navigation/ });
  await expect(
    nav.getByRole("link", { name: /^(登录|Sign in)$/ }).or(nav.getByRole("button", { name: /^(退出登录|Sign out)$/ })),
  ).toBeVisible();
}

/** Screenshots at both widths, then axe: no serious or critical violations. */
async function checkPage(page: Page, name: string) {
  await settled(page);
  await screenshotAtWidths(page, name);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const severe = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  if (severe.length) console.log(`axe violations on ${name}:\n${JSON.stringify(severe, null, 2)}`);
  expect(severe, `serious/critical axe violations on ${name}`).toEqual([]);
}

test.describe("public pages", () => {
  test("home (zh-CN)", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "人才服务，一网通办" })).toBeVisible();
    await checkPage(page, "home-zh");
  });

  test("home (en)", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByRole("heading", { level: 1, name: "Talent services, all in one place" })).toBeVisible();
    await checkPage(page, "home-en");
  });

  test("sign-in", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();
    await checkPage(page, "sign-in");
  });

  test("register", async ({ page }) => {
    await page.goto("/register");
    await expect(page.getByRole("heading", { level: 1, name: "注册人才账号" })).toBeVisible();
    await checkPage(page, "register");
  });

  test("register/enterprise", async ({ page }) => {
    await page.goto("/register/enterprise");
    await expect(page.getByRole("heading", { level: 1, name: "注册企业账号" })).toBeVisible();
    await checkPage(page, "register-enterprise");
  });

  test("register with errors shown", async ({ page }) => {
    await page.goto("/register");
    await page.getByRole("button", { name: "注册", exact: true }).click();
    await expect(errorSummary(page)).toBeVisible();
    await expect(page.locator("#realName-error")).toHaveText("此项为必填项");
    await expect(page.locator("#idNumber-error")).toHaveText("此项为必填项");
    await expect(page.locator("#acceptPrivacy-error")).toHaveText("请阅读并勾选同意后再继续");
    await checkPage(page, "register-errors");
  });
});

test.describe("talent pages (13800138001)", () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, "13800138001", undefined, /\/me$/);
  });

  test("/me", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1, name: "您好，李明" })).toBeVisible();
    await checkPage(page, "me");
  });

  test("/me/profile", async ({ page }) => {
    await page.goto("/me/profile");
    await expect(page.getByRole("heading", { level: 1, name: "个人信息" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "真实姓名", exact: true })).toHaveValue("李明");
    await checkPage(page, "me-profile");
  });

  test("/me/matches and /me/inbox", async ({ page }) => {
    await page.goto("/me/matches");
    await expect(page.getByRole("heading", { level: 1, name: "我的政策匹配" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "符合（2）" })).toBeVisible();
    await checkPage(page, "me-matches");
    await page.goto("/me/inbox");
    await expect(page.getByRole("heading", { level: 2, name: "1 项政策与您匹配" })).toBeVisible();
    await checkPage(page, "me-inbox");
  });

  test("the 403 page", async ({ page }) => {
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "无权访问（403）" })).toBeVisible();
    await checkPage(page, "forbidden");
  });
});

test("/org (hr.jingan)", async ({ page }) => {
  await signInAs(page, "hr.jingan@example.com", undefined, /\/org$/);
  await expect(page.getByRole("heading", { level: 1, name: "企业工作台" })).toBeVisible();
  await expect(page.getByRole("region", { name: "上海静安数智科技有限公司" })).toContainText("已认证");
  await checkPage(page, "org");
});

test.describe("staff pages (reviewer.jingan)", () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, "reviewer.jingan@example.com", undefined, /\/admin$/);
  });

  test("/admin", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1, name: "管理后台" })).toBeVisible();
    await checkPage(page, "admin");
  });

  test("/admin/enterprises", async ({ page }) => {
    await page.goto("/admin/enterprises");
    await expect(page.getByRole("heading", { level: 1, name: "企业认证审核" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "上海静安生物医药研发有限公司" })).toBeVisible();
    await checkPage(page, "admin-enterprises");
  });
});

test.describe("policy pages", () => {
  test("/policies", async ({ page }) => {
    await page.goto("/policies");
    await expect(page.getByRole("heading", { level: 1, name: "政策查询" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /最新发布的政策/ })).toBeVisible();
    await checkPage(page, "policies");
  });

  test("/policies?q=租房补贴", async ({ page }) => {
    await page.goto(`/policies?q=${encodeURIComponent("租房补贴")}`);
    await expect(page.getByRole("heading", { level: 2, name: /“租房补贴”共找到 \d+ 条相关条款/ })).toBeVisible();
    await expect(page.locator("mark").first()).toBeVisible();
    await checkPage(page, "policies-results");
  });

  test("/policies with no results", async ({ page }) => {
    await page.goto(`/policies?q=${encodeURIComponent("火星")}&district=310105`);
    await expect(page.getByText("没有找到相关条款。")).toBeVisible();
    await checkPage(page, "policies-no-results");
  });

  test("/policies/<id>", async ({ page, request }) => {
    const search = await request.get(`/api/v1/policies/search?q=${encodeURIComponent("外国人工作许可")}`);
    const [first] = (await search.json()).items;
    await page.goto(`/policies/${first.policyId}`);
    await expect(page.getByRole("heading", { level: 1, name: first.policyTitle })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "条款目录" })).toBeVisible();
    await checkPage(page, "policy");
  });
});

test.describe("self-check", () => {
  test("/self-check: a question, with an error, and the results", async ({ page }) => {
    await page.goto("/self-check");
    await expect(page.getByRole("heading", { level: 1, name: "政策计算器" })).toBeVisible();
    await expect(page.locator("legend h2")).toHaveText("您的工作单位位于哪个区？");
    await checkPage(page, "self-check");
    await page.getByRole("button", { name: "继续", exact: true }).click();
    await expect(page.locator("#employerDistrict-error")).toBeVisible();
    await checkPage(page, "self-check-error");
    await page.getByRole("radio", { name: "闵行区" }).check();
    await page.getByRole("button", { name: "继续", exact: true }).click();
    await expect(page.locator("legend h2")).not.toHaveText("您的工作单位位于哪个区？");
    await page.getByRole("button", { name: "查看当前结果" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "判断结果" })).toBeVisible();
    await expect(page.getByRole("region", { name: /^需补充信息（\d+）$/ })).toBeVisible();
    await checkPage(page, "self-check-results");
  });

  test("/en/self-check", async ({ page }) => {
    await page.goto("/en/self-check");
    await expect(page.getByRole("heading", { level: 1, name: "Eligibility check" })).toBeVisible();
    await expect(page.locator("legend h2")).toHaveText("In which district is your employer?");
    await checkPage(page, "self-check-en");
  });
});

test.describe("policy administration (admin.jingan)", () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, "admin.jingan@example.com", undefined, /\/admin$/);
  });

  test("/admin/policies and a policy's edit page", async ({ page }) => {
    await page.goto("/admin/policies");
    await expect(page.getByRole("heading", { level: 1, name: "政策管理" })).toBeVisible();
    await checkPage(page, "admin-policies");
    await page.getByRole("listitem").getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 2, name: /条款拆分（共 \d+ 条）/ })).toBeVisible();
    await checkPage(page, "admin-policy-edit");
  });

  test("/admin/policies/new and /admin/synonyms", async ({ page }) => {
    await page.goto("/admin/policies/new");
    await expect(page.getByRole("heading", { level: 1, name: "新建政策" })).toBeVisible();
    await checkPage(page, "admin-policy-new");
    await page.goto("/admin/synonyms");
    await expect(page.getByRole("textbox", { name: "同义词组" })).toHaveValue(/租房补贴、租金补贴/);
    await checkPage(page, "admin-synonyms");
  });
});
