// Who may open what, the return to the page asked for after signing in, the English UI and the health check.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signInAs, submitSignIn } from "./helpers";

test("a signed-in talent opening /admin gets the 403 page", async ({ page }) => {
  await signInAs(page, "13800138001", DEMO_PASSWORD, /\/me$/);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("无权访问（403）");
  await expect(page.getByText("您当前登录的账号没有访问此页面的权限")).toBeVisible();
  // Nothing of the staff area leaks onto the page.
  await expect(page.getByText("待审核企业")).toHaveCount(0);

  const reviewQueue = await page.goto("/admin/enterprises");
  expect(reviewQueue?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("无权访问（403）");
});

test("a visitor opening /me signs in and comes back to /me", async ({ page }) => {
  await page.context().clearCookies();
  await page.goto("/me");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fme$/);
  await expect(page.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();

  await submitSignIn(page, "13800138001", DEMO_PASSWORD);
  await page.waitForURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("您好，李明");
});

test("a visitor opening /me/profile comes back to /me/profile", async ({ page }) => {
  await page.context().clearCookies();
  await page.goto("/me/profile");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fme%2Fprofile$/);
  await submitSignIn(page, "13800138001", DEMO_PASSWORD);
  await page.waitForURL(/\/me\/profile$/);
  await expect(page.getByRole("heading", { level: 1, name: "个人信息" })).toBeVisible();
});

test("/en shows the English UI", async ({ page }) => {
  await page.goto("/en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Talent services, all in one place");
  await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  // The Chinese home stays Chinese.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("人才服务，一网通办");
});

test("/api/health reports the app and its database up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test("each role is kept out of the others' areas", async ({ page }) => {
  await signInAs(page, "hr.jingan@example.com", DEMO_PASSWORD, /\/org$/);
  for (const path of ["/me", "/me/profile", "/admin"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("无权访问（403）");
  }
  await signInAs(page, "reviewer.jingan@example.com", DEMO_PASSWORD, /\/admin$/);
  for (const path of ["/me", "/org"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("无权访问（403）");
  }
});

test("in English, a visitor opening /en/me signs in and comes back to /en/me", async ({ page }) => {
  await page.context().clearCookies();
  await page.goto("/en/me");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fme$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await page.getByRole("textbox", { name: "Mobile number or email", exact: true }).fill("13800138001");
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(/\/en\/me$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, 李明");
});

test("in English, signing in without a callback lands on the role's English home", async ({ page }) => {
  await page.context().clearCookies();
  await page.goto("/en/sign-in");
  await page.getByRole("textbox", { name: "Mobile number or email", exact: true }).fill("hr.jingan@example.com");
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(/\/en\/org$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
