// Phone layout (Pixel 7, the `phone` project): no sideways scrolling, and the registration form works by touch.
import { expect, test, type Page } from "@playwright/test";
import { errorSummary } from "./helpers";

test.beforeEach(({ isMobile }, testInfo) => {
  // playwright.config.ts runs every spec in `desktop` too; this one is about phones only.
  test.skip(!isMobile || testInfo.project.name !== "phone", "phone project only");
});

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${innerWidth}px viewport`).toBeLessThanOrEqual(innerWidth);
}

for (const { path, heading } of [
  { path: "/", heading: "人才服务，一网通办" },
  { path: "/en", heading: "Talent services, all in one place" },
  { path: "/register", heading: "注册人才账号" },
  { path: "/register/enterprise", heading: "注册企业账号" },
  { path: "/sign-in", heading: "登录" },
]) {
  test(`${path} has no horizontal scroll`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
}

test("the register form can be submitted and shows its errors", async ({ page }) => {
  await page.goto("/register");
  await page.getByRole("textbox", { name: "真实姓名", exact: true }).fill("林小满");
  await page.getByRole("textbox", { name: "证件号码", exact: true }).fill("12345");
  await page.getByRole("button", { name: "注册", exact: true }).tap();
  const summary = errorSummary(page);
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page.locator("#idNumber-error")).toHaveText("身份证号应为18位，请核对后重新输入");
  await expect(page.locator("#identifier-error")).toHaveText("此项为必填项");
  await expect(page.getByRole("textbox", { name: "真实姓名", exact: true })).toHaveValue("林小满");
  await expectNoHorizontalScroll(page);
  // The summary's links lead to the fields.
  await summary.getByRole("link", { name: /^证件号码：/ }).tap();
  await expect(page.getByRole("textbox", { name: "证件号码", exact: true })).toBeFocused();
});
