// The self-check (政策计算器) on a phone (Pixel 7, the `phone` project): answered by touch to a verdict, without
// questions no remaining rule needs, answers kept on reload and cleared by 重新开始. Demo rules: prisma/data/demo-rules.ts.
import { expect, test, type Page } from "@playwright/test";

test.beforeEach(({ isMobile }, testInfo) => {
  test.skip(!isMobile || testInfo.project.name !== "phone", "phone project only");
});

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${innerWidth}px viewport`).toBeLessThanOrEqual(innerWidth);
}

/**
 * A group of results by its outcome, whatever its count: other specs in the same run publish policies with rules.
 * The demo policies are found by their titles.
 */
const group = (page: Page, outcome: string) => page.getByRole("region", { name: new RegExp(`^${outcome}（\\d+）$`) });

/** The question on screen: the legend's heading, which takes focus on each step. */
const question = (page: Page) => page.locator("legend h2");

test("a visitor answers by touch and sees which policies fit, condition by condition", async ({ page }) => {
  await page.goto("/self-check");
  await expect(page.getByRole("heading", { level: 1, name: "政策计算器" })).toBeVisible();
  await expect(page.getByRole("link", { name: "“我的政策匹配”" })).toHaveAttribute("href", "/me/matches");

  // Every demo rule and program needs the employer's district, so it comes first.
  const asked: string[] = [];
  await expect(question(page)).toHaveText("您的工作单位位于哪个区？");
  await expect(page.getByText("已回答 0 项")).toBeVisible();
  await expectNoHorizontalScroll(page);
  asked.push(await question(page).innerText());
  await page.getByText("静安区", { exact: true }).tap();
  await page.getByRole("button", { name: "继续", exact: true }).tap();

  // Only the Jing'an policy is still open; it needs the age and then the degree (the catalogue's order).
  await expect(question(page)).toHaveText("您今年多少周岁？");
  await expect(question(page)).toBeFocused();
  await expect(page.getByText("已回答 1 项")).toBeVisible();
  asked.push(await question(page).innerText());
  const age = page.getByRole("textbox", { name: "年龄（周岁）" });
  await expect(age).toHaveAttribute("inputmode", "numeric");
  await age.fill("31");
  await page.getByRole("button", { name: "继续", exact: true }).tap();

  await expect(question(page)).toHaveText("您的最高学历是？");
  asked.push(await question(page).innerText());
  await page.getByText("硕士研究生", { exact: true }).tap();
  await page.getByRole("button", { name: "继续", exact: true }).tap();

  const results = page.getByRole("heading", { level: 2, name: "判断结果" });
  await expect(results).toBeVisible();
  await expect(results).toBeFocused();
  expect(asked).toEqual(["您的工作单位位于哪个区？", "您今年多少周岁？", "您的最高学历是？"]);
  await expect(page.getByText(/^共 \d+ 项政策：符合 \d+ 项，需补充信息 \d+ 项，不符合 \d+ 项。$/)).toBeVisible();

  const eligible = group(page, "符合");
  const card = eligible
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { level: 4, name: /^静安 聚天下英才/ }) });
  await expect(card).toHaveCount(1);
  await expect(card.getByText("符合", { exact: true })).toBeVisible();
  await expect(card.getByRole("listitem").filter({ hasText: "年龄 ≤ 40 周岁 — 您 31 周岁 ✓" })).toBeVisible();
  await expect(card.getByRole("listitem").filter({ hasText: "学历 ≥ 硕士研究生 — 您为硕士研究生 ✓" })).toBeVisible();
  await expect(card.getByText(/^示例规则：/)).toBeVisible();
  await expect(card.getByRole("link", { name: "查看政策并申报" })).toHaveAttribute("href", /^\/policies\/.+/);

  // The Jing'an program needs only the district; the other policies and programs fail on it.
  await expect(eligible.getByRole("heading", { level: 4, name: "“静英”人才行动计划" })).toBeVisible();
  await expect(eligible.getByRole("link", { name: "“静英”人才行动计划" })).toHaveAttribute("href", /^\/programs\/.+/);
  // 免申即享 shows on Minhang's policy even so.
  const ineligible = group(page, "不符合");
  for (const title of [/^长宁区关于/, /^闵行区/, /嘉定区/]) {
    await expect(ineligible.getByRole("heading", { level: 4, name: title })).toBeVisible();
  }
  await expect(
    ineligible
      .getByRole("article")
      .filter({ has: page.getByRole("heading", { name: /^长宁区关于/ }) })
      .getByText("单位所在区 = 长宁区", { exact: true }),
  ).toBeVisible();
  await expect(
    ineligible.getByRole("article").filter({ has: page.getByRole("heading", { name: /^闵行区/ }) }),
  ).toContainText("免申即享");

  // What no open rule needs was never asked: nationality is in no rule; the other districts' facts were screened out.
  const answers = page.getByRole("region", { name: "您的回答" });
  await expect(answers.getByRole("term")).toHaveText(["单位所在区", "年龄", "学历"]);
  await expectNoHorizontalScroll(page);

  // A reload keeps the answers for this visit.
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "判断结果" })).toBeVisible();
  await expect(card).toBeVisible();
  await expect(answers.getByRole("definition").filter({ hasText: "31 周岁" })).toBeVisible();

  // 重新开始 forgets them, here and after a reload.
  await page.getByRole("button", { name: "重新开始" }).tap();
  await expect(question(page)).toHaveText("您的工作单位位于哪个区？");
  await expect(page.getByText("已回答 0 项")).toBeVisible();
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  expect(await page.evaluate(() => sessionStorage.getItem("selfCheck.v1"))).not.toContain("310106");
  await page.reload();
  await expect(question(page)).toHaveText("您的工作单位位于哪个区？");
  await expect(page.getByRole("heading", { name: "判断结果" })).toHaveCount(0);
});

test("tap targets of the questions are at least 44 px high", async ({ page }) => {
  await page.goto("/self-check");
  await expect(question(page)).toHaveText("您的工作单位位于哪个区？");
  const targets = page.locator("form label, form button, main button:not(form button)");
  for (const box of await targets.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))) {
    expect(box).toBeGreaterThanOrEqual(44);
  }
});
