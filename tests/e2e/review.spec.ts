// 单位审核 and district review in the browser, on the demo application the seed submits for 李明 (静英 领军人才, waiting
// for 上海静安数智科技): HR downloads a material and confirms; the 静安 reviewer approves 初审 and returns it at 专家评审.
// The talent's side (correcting and resubmitting) is covered with the talent pages.
import { expect, request, test } from "@playwright/test";
import { signInAs } from "./helpers";

test("HR confirms, the reviewer approves 初审 and returns at 专家评审; materials only for those concerned", async ({
  page,
  baseURL,
}) => {
  // 1. HR of the employer sees the application and can download its materials.
  await signInAs(page, "hr.jingan@example.com", undefined, /\/org$/);
  const section = page.getByRole("region", { name: /待单位审核的人才项目申报（1）/ });
  await expect(section).toBeVisible();
  const card = section.getByRole("article", { name: /李明/ });
  await expect(card).toContainText("“静英”领军人才");
  await expect(card).toContainText(/JA-\d{4}-[0-9A-Z]{6}/);
  const link = card.getByRole("link", { name: /下载 身份证明/ });
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^\/api\/materials\/\w+$/);
  const download = await page.request.get(href);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
  // A visitor, and HR of another employer, get the same 404.
  const anonymous = await request.newContext({ baseURL });
  expect((await anonymous.get(href)).status()).toBe(404);
  await anonymous.dispose();

  // Declining needs a reason; then HR confirms instead.
  await card.getByRole("button", { name: "不同意推荐" }).click();
  await expect(card.getByText("不予通过时请填写原因")).toBeVisible();
  await card.getByRole("button", { name: "确认推荐" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已确认推荐，申报已转入区人才办初审。" })).toBeVisible();

  await signInAs(page, "hr.changning@example.com", undefined, /\/org$/);
  expect((await page.request.get(href)).status()).toBe(404);

  // 2. The 静安 reviewer: the queue count on /admin, the 初审 queue, the application side by side.
  await signInAs(page, "reviewer.jingan@example.com", undefined, /\/admin$/);
  await page.getByRole("link", { name: /去处理.*待审核的人才项目申报/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "人才项目申报审核" })).toBeVisible();
  await expect(page.getByRole("link", { name: "初审（1）" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: /审核 李明 的申报/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "申报审核：李明" })).toBeVisible();
  await expect(page.getByRole("link", { name: /下载 学历学位证书/ })).toBeVisible();
  await expect(page.getByText("单位确认 → 初审")).toBeVisible();
  await expect(page.getByText("通过后申报进入“专家评审”。")).toBeVisible();
  await page.getByRole("button", { name: "通过", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已通过，申报现处于“专家评审”。" })).toBeVisible();

  // 3. At 专家评审: returning needs an item; with one, it goes back to the talent.
  await page.goto("/admin/applications?stage=EXPERT_REVIEW");
  await expect(page.getByRole("link", { name: "专家评审（1）" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: /审核 李明 的申报/ }).click();
  await page.getByRole("button", { name: "退回补正", exact: true }).click();
  await expect(page.locator("#return-items-error")).toHaveText("此项为必填项");
  await page.getByRole("textbox", { name: "需要补正的事项（每行一项）" }).fill("请补充近 3 年代表性论文全文");
  await page.getByRole("button", { name: "退回补正", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已退回补正" })).toBeVisible();
  await page.reload();
  await expect(page.getByText("该申报当前不在区审核环节，无需您办理。")).toBeVisible();
  await expect(page.getByRole("region", { name: "办理记录" })).toContainText("请补充近 3 年代表性论文全文");
});
