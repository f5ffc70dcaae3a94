// A talent keeps their profile (/me/profile). Uses 陈静 (chenjing@example.com), whose seeded profile is empty and
// whom no other spec signs in as.
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

const ACCOUNT = "chenjing@example.com";

const select = (page: Page, name: string) => page.getByRole("combobox", { name, exact: true });
const textbox = (page: Page, name: string) => page.getByRole("textbox", { name, exact: true });

test("saving the profile keeps the values, on the page and after reloading", async ({ page }) => {
  await signInAs(page, ACCOUNT, undefined, /\/me$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("您好，陈静");
  await page.getByRole("link", { name: "编辑" }).click();
  await page.waitForURL(/\/me\/profile$/);
  await expect(page.getByRole("heading", { level: 1, name: "个人信息" })).toBeVisible();
  // The ID number is shown masked, never in full (seeded 310105 2001-09-18).
  await expect(page.getByText("2001-09-18")).toBeVisible();
  await expect(page.getByText(/310105\d{8}/)).toHaveCount(0);

  const school = `同济大学${Date.now() % 1000}`;
  await select(page, "最高学历").selectOption({ label: "硕士研究生" });
  await textbox(page, "毕业年份").fill("2024");
  await textbox(page, "毕业院校").fill(school);
  await select(page, "户籍").selectOption({ label: "非沪籍" });
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存。" })).toBeVisible();

  // The fields show what was saved…
  await expect(textbox(page, "毕业院校")).toHaveValue(school);
  await expect(textbox(page, "毕业年份")).toHaveValue("2024");

  // …and after loading the page again, everything is there.
  await page.reload();
  await expect(textbox(page, "毕业院校")).toHaveValue(school);
  await expect(select(page, "最高学历")).toHaveValue("MASTER");
  await expect(select(page, "户籍")).toHaveValue("NON_LOCAL");

  // With education and hukou given, /me no longer asks to complete the profile.
  await page.goto("/me");
  await expect(page.getByText("个人信息尚未完善")).toHaveCount(0);
});

test("a wrong value is explained next to its field and nothing else is lost", async ({ page }) => {
  await signInAs(page, ACCOUNT, undefined, /\/me$/);
  await page.goto("/me/profile");
  await textbox(page, "毕业年份").fill("19");
  await textbox(page, "毕业院校").fill("华东师范大学");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.locator("#graduationYear-error")).toHaveText("数值过小");
  await expect(page.getByRole("alert").filter({ hasText: "提交未成功" })).toContainText("毕业年份：数值过小");
  await expect(textbox(page, "毕业院校")).toHaveValue("华东师范大学");
  await expect(textbox(page, "毕业年份")).toHaveValue("19");
  await expect(page.getByRole("status").filter({ hasText: "已保存。" })).toHaveCount(0);
});

test("right after saving, the selects show the saved choices and a second save keeps them", async ({ page }) => {
  await signInAs(page, ACCOUNT, undefined, /\/me$/);
  await page.goto("/me/profile");
  await select(page, "专业技术职称").selectOption({ label: "中级" });
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存。" })).toBeVisible();
  await expect(select(page, "专业技术职称")).toHaveValue("INTERMEDIATE");

  await page.getByRole("button", { name: "保存" }).click();
  await page.reload();
  await expect(select(page, "专业技术职称")).toHaveValue("INTERMEDIATE");
});
