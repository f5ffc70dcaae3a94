// The self-check (政策计算器) on a desktop: answers checked before they are sent, the API's refusals and failures
// shown with a way on, going back and changing answers, skipping, and English. The phone flow is in
// self-check.mobile.spec.ts. Demo rules: prisma/data/demo-rules.ts.
import { expect, test, type Locator, type Page } from "@playwright/test";

const question = (page: Page) => page.locator("legend h2");
/** The condition lines of the policies in `scope` (each policy lists them under the name 条件 / Conditions). */
const lines = (scope: Locator, text: string) =>
  scope
    .getByRole("list", { name: /^(条件|Conditions)$/ })
    .getByRole("listitem")
    .filter({ hasText: text });
/** A group of results by outcome, whatever its count: other specs in the same run publish policies with rules. */
const group = (page: Page, outcome: string) =>
  page.getByRole("region", { name: new RegExp(`^${outcome} ?[（(]\\d+[）)]$`) });
/** The demo policy of Jing'an (prisma/data/demo-rules.ts), found by its title. */
const jingan = (scope: Locator) =>
  scope.getByRole("article").filter({ has: scope.page().getByRole("heading", { level: 4, name: /^静安 聚天下英才/ }) });
const next = (page: Page) => page.getByRole("button", { name: "继续", exact: true }).click();

/**
 * Answers the first question (the district every rule needs: Jing'an) to reach the age question; after the age,
 * the Jing'an policy asks for the degree.
 */
async function toAgeQuestion(page: Page) {
  await page.goto("/self-check");
  await expect(question(page)).toHaveText("您的工作单位位于哪个区？");
  await page.getByRole("radio", { name: "静安区" }).check();
  await next(page);
  await expect(question(page)).toHaveText("您今年多少周岁？");
}

/** Answers the degree question (a master's) that follows the age. */
async function answerMasters(page: Page) {
  await expect(question(page)).toHaveText("您的最高学历是？");
  await page.getByRole("radio", { name: "硕士研究生" }).check();
  await next(page);
}

test("an invalid answer is explained next to the input and nothing is sent", async ({ page }) => {
  await page.goto("/self-check");
  await expect(question(page)).toHaveText("您的工作单位位于哪个区？");
  await next(page);
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "请修改后再继续" }) });
  await expect(summary).toBeFocused();
  await expect(page.locator("#employerDistrict-error")).toHaveText("请选择一项；不清楚可以点“跳过（不清楚）”");

  await page.getByRole("radio", { name: "静安区" }).check();
  await next(page);
  await expect(question(page)).toHaveText("您今年多少周岁？");

  const requests: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/v1/eligibility/check")) requests.push(r.postData() ?? "");
  });
  const age = page.getByRole("textbox", { name: "年龄（周岁）" });
  for (const [typed, message] of [
    ["", "请填写年龄；不清楚可以点“跳过（不清楚）”"],
    ["-3", "不能为负数"],
    ["31.5", "请输入整数，不带小数"],
    ["三十一", "请输入数字"],
  ] as const) {
    await age.fill(typed);
    await next(page);
    await expect(page.locator("#age-error")).toHaveText(message);
    await expect(age).toHaveAttribute("aria-invalid", "true");
    await expect(age).toHaveValue(typed);
    await expect(summary.getByRole("link", { name: `年龄：${message}` })).toHaveAttribute("href", "#age");
  }
  expect(requests).toEqual([]);

  await age.fill("31");
  await next(page);
  await answerMasters(page);
  await expect(page.getByRole("heading", { level: 2, name: "判断结果" })).toBeVisible();
  expect(requests).toHaveLength(2);
  expect(JSON.parse(requests[0]!)).toEqual({ facts: { employerDistrict: "310106", age: 31 } });
  expect(JSON.parse(requests[1]!)).toEqual({ facts: { employerDistrict: "310106", age: 31, education: "MASTER" } });
});

test("the API's refusal, a rate limit and a lost connection are shown with a way on", async ({ page }) => {
  await toAgeQuestion(page);
  const age = page.getByRole("textbox", { name: "年龄（周岁）" });

  // A 400 from the API names the fact: its message appears next to the input.
  await page.route("**/api/v1/eligibility/check", (route) =>
    route.fulfill({
      status: 400,
      json: {
        error: {
          code: "invalid_request",
          message: "年龄（age）应为整数",
          messageEn: "Invalid value",
          fields: { "facts.age": { message: "年龄（age）应为整数", messageEn: "Invalid value" } },
        },
      },
    }),
  );
  await age.fill("31");
  await next(page);
  await expect(page.locator("#age-error")).toHaveText("年龄（age）应为整数");
  await expect(question(page)).toHaveText("您今年多少周岁？");
  await page.unroute("**/api/v1/eligibility/check");

  // 429: a clear message and a retry button; the answer is not lost.
  await page.route("**/api/v1/eligibility/check", (route) =>
    route.fulfill({ status: 429, headers: { "Retry-After": "17" }, json: { error: { code: "rate_limited" } } }),
  );
  await next(page);
  const alert = page.getByRole("alert").filter({ hasText: "请求过于频繁，请 17 秒后重试。" });
  await expect(alert).toBeVisible();
  await expect(age).toHaveValue("31");
  await page.unroute("**/api/v1/eligibility/check");

  // A network failure, then the retry goes through.
  await page.route("**/api/v1/eligibility/check", (route) => route.abort("internetdisconnected"));
  await alert.getByRole("button", { name: "重试" }).click();
  const offline = page.getByRole("alert").filter({ hasText: "网络连接失败，您的回答没有丢失。" });
  await expect(offline).toBeVisible();
  await page.unroute("**/api/v1/eligibility/check");
  await offline.getByRole("button", { name: "重试" }).click();
  await answerMasters(page);
  await expect(page.getByRole("heading", { level: 2, name: "判断结果" })).toBeVisible();
  await expect(jingan(group(page, "符合"))).toBeVisible();
  // (Next.js keeps its own route announcer, also an alert, outside <main>.)
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
});

test("going back, changing an answer and skipping", async ({ page }) => {
  await toAgeQuestion(page);

  // 上一步 shows the previous question with its answer.
  await page.getByRole("button", { name: "上一步" }).click();
  await expect(question(page)).toHaveText("您的工作单位位于哪个区？");
  await expect(question(page)).toBeFocused();
  await expect(page.getByRole("radio", { name: "静安区" })).toBeChecked();
  await next(page);
  await expect(question(page)).toHaveText("您今年多少周岁？");
  await page.getByRole("textbox", { name: "年龄（周岁）" }).fill("31");
  await next(page);
  await answerMasters(page);
  await expect(jingan(group(page, "符合"))).toBeVisible();

  // A bachelor's degree no longer passes the Jing'an rule on its own, so the salary becomes the question.
  await page.getByRole("button", { name: "修改学历" }).click();
  await expect(page.getByRole("radio", { name: "硕士研究生" })).toBeChecked();
  await page.getByRole("radio", { name: "本科" }).check();
  await next(page);
  await expect(question(page)).toHaveText("您上一年度的税前年薪是多少元？");
  await expect(page.getByRole("textbox", { name: "年薪（元）" })).toHaveAttribute("inputmode", "decimal");

  // Skipped: the policy waits for it, says what it needs, and offers to ask it again.
  await page.getByRole("button", { name: "跳过（不清楚）" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "判断结果" })).toBeVisible();
  const waiting = jingan(group(page, "需补充信息"));
  await expect(waiting.getByText("还需要：年薪")).toBeVisible();
  await expect(lines(waiting, "年薪 ≥ 500,000 元 — 未填写 ?")).toBeVisible();
  await expect(page.getByRole("region", { name: "您的回答" }).getByText("已跳过（不清楚）")).toBeVisible();
  await waiting.getByRole("button", { name: "回答这些问题" }).click();
  await expect(question(page)).toHaveText("您上一年度的税前年薪是多少元？");
  await page.getByRole("textbox", { name: "年薪（元）" }).fill("600,000");
  await next(page);
  const eligible = jingan(group(page, "符合"));
  await expect(lines(eligible, "年薪 ≥ 500,000 元 — 您 600,000 元 ✓")).toBeVisible();
  await expect(lines(eligible, "学历 ≥ 硕士研究生 — 您为本科 ✗")).toBeVisible();

  // Results are reachable at any time, and the questions resume from there.
  await page.getByRole("button", { name: "重新开始" }).click();
  await expect(question(page)).toHaveText("您的工作单位位于哪个区？");
  await page.getByRole("button", { name: "查看当前结果" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "判断结果" })).toBeFocused();
  await expect(page.getByText(/^共 \d+ 项政策：符合 0 项，需补充信息 \d+ 项，不符合 0 项。$/)).toBeVisible();
  await page.getByRole("button", { name: /^继续回答（还有 \d+ 项）$/ }).click();
  await expect(question(page)).toHaveText("您的工作单位位于哪个区？");
});

test("the self-check in English, linked from the header", async ({ page }) => {
  await page.goto("/en");
  await page
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("link", { name: "Eligibility check" })
    .click();
  await expect(page).toHaveURL(/\/en\/self-check$/);
  await expect(page.getByRole("heading", { level: 1, name: "Eligibility check" })).toBeVisible();
  await expect(question(page)).toHaveText("In which district is your employer?");
  await page.getByRole("radio", { name: "Changning District" }).check();
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  // Changning's policy and program both ask about the degree (ahead of the title in the catalogue).
  await expect(question(page)).toHaveText("What is your highest degree?");
  await page.getByRole("radio", { name: "Doctorate" }).check();
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  // The policy asks for age 35 or under, or an associate senior title; age comes first in the catalogue.
  await expect(question(page)).toHaveText("How old are you, in whole years?");
  await page.getByRole("textbox", { name: "Age (years)" }).fill("30");
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(question(page)).toHaveText("Do you or your spouse own a home in Shanghai?");
  await page.getByRole("radio", { name: "Yes" }).check();
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Results" })).toBeVisible();
  const ineligible = group(page, "Not eligible");
  const changning = ineligible.getByRole("article").filter({ has: page.getByRole("heading", { name: /^长宁区/ }) });
  await expect(lines(changning, "Owns a home in Shanghai: no — you own a home in Shanghai ✗")).toBeVisible();
  await expect(lines(changning, "Age ≤ 35 years — you: 30 years ✓")).toBeVisible();
  await expect(changning.getByText("Changning District", { exact: true })).toBeVisible();
});
