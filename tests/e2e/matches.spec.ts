// 政策找人 and 免申即享 from the talent's and the employer's side, on the demo data: the seed's matching run has
// found 张伟 (闵行, key enterprise) eligible for the apply-free 春申 example rule and told him so in his inbox.
import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

test("a talent sees their verdicts, confirms an apply-free benefit, and their employer's HR grants it", async ({
  page,
}) => {
  await signInAs(page, "zhangwei@example.com", undefined, /\/me$/);
  const nav = page.getByRole("navigation", { name: "个人中心导航" });
  await expect(nav.getByRole("link", { name: "消息（1 条未读）" })).toBeVisible();

  await nav.getByRole("link", { name: "我的政策匹配" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "我的政策匹配" })).toBeVisible();
  // The Minhang policy and the 春申 program (rules: prisma/data/demo-rules.ts, prisma/data/programs.ts).
  const eligible = page.getByRole("region", { name: "符合（2）" });
  await expect(eligible.getByRole("article").filter({ hasText: "留在闵行" })).toContainText(
    "单位所在区 = 闵行区 — 您的单位为闵行区 ✓",
  );
  await expect(eligible.getByRole("link", { name: "春申金字塔人才计划" })).toHaveAttribute("href", /^\/programs\//);
  const ineligible = page.getByRole("region", { name: "不符合（5）" });
  await expect(ineligible).toContainText("年龄 ≤ 35 周岁 — 您 40 周岁 ✗");

  const offer = page.getByRole("region", { name: "免申即享" }).getByRole("article");
  await expect(offer).toContainText("待您确认");
  await offer.getByRole("button", { name: "确认享受" }).click();
  await expect(offer.getByRole("status")).toHaveText("您已确认，等待上海春申智能制造有限公司确认。");
  await expect(offer).toContainText("待单位确认");

  await signInAs(page, "hr.minhang@example.com", undefined, /\/org$/);
  const pending = page.getByRole("region", { name: "免申即享待单位确认（1）" });
  const item = pending.getByRole("article", { name: /张伟/ });
  await expect(item).toContainText("社保缴纳 ≥ 6 个月");
  // Declining needs a reason; nothing changes without one.
  await item.getByRole("button", { name: "不予确认" }).click();
  await expect(item.getByText("不予通过时请填写原因")).toBeVisible();
  await item.getByRole("button", { name: "确认", exact: true }).click();
  await expect(item.getByRole("status")).toHaveText("已确认，该待遇已生效。");

  await signInAs(page, "zhangwei@example.com", undefined, /\/me$/);
  await page.goto("/me/inbox");
  await expect(page.getByRole("heading", { level: 2, name: /已确认享受/ })).toBeVisible();
  await page.getByRole("button", { name: "全部标为已读" }).click();
  await expect(
    page.getByRole("navigation", { name: "个人中心导航" }).getByRole("link", { name: "消息", exact: true }),
  ).toBeVisible();
  await page.goto("/me/matches");
  await expect(page.getByRole("region", { name: "免申即享" }).getByRole("article")).toContainText("已享受");
});

test("a talent whose profile lacks facts is told which ones unlock more verdicts", async ({ page }) => {
  await signInAs(page, "chenjing@example.com", undefined, /\/me$/);
  await page.goto("/me/matches");
  await expect(page.getByRole("heading", { level: 2, name: "补充以下信息可查看 7 项政策" })).toBeVisible();
  await expect(page.getByText("单位所在区（影响 7 项）")).toBeVisible();
  await page.getByRole("link", { name: "去完善个人信息" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "个人信息" })).toBeVisible();
});
