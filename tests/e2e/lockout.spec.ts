// 等保 login-failure rule: five wrong passwords lock an account for 15 minutes (lib/server/accounts.ts).
// Registers its own account first: the lock outlives the test, and a retry must not meet a locked account.
import { expect, test, type Page } from "@playwright/test";
import { errorSummary, NEW_PASSWORD, registerTalent, submitSignIn, uniqueEmail, validIdNumber } from "./helpers";

let ACCOUNT = "";
// messages/zh-CN.json signIn.errors
const INVALID = "手机号/邮箱或密码不正确。连续输错 5 次，账号将被锁定 15 分钟。";
const LOCKED = "因连续多次输错密码，账号已被锁定，请 15 分钟后再试。";

/** Submits once and waits for the server's answer, so every try is counted exactly once. */
async function attempt(page: Page, password: string) {
  const answered = page.waitForResponse(
    (r) => r.url().includes("/api/auth/callback/credentials") && r.request().method() === "POST",
  );
  await submitSignIn(page, ACCOUNT, password);
  await answered;
}

test("five wrong passwords lock the account; the right password is then refused", async ({ page }) => {
  ACCOUNT = uniqueEmail("lockout");
  await registerTalent(page, { realName: "锁定测试", idNumber: validIdNumber(), identifier: ACCOUNT });
  await page.goto("/sign-in");
  const summary = errorSummary(page);

  for (let n = 1; n <= 4; n++) {
    await attempt(page, `Wrong-password-${n}`);
    await expect(summary).toContainText(INVALID);
    await expect(summary).not.toContainText(LOCKED);
    // The form is usable again before the next try.
    await expect(page.getByRole("button", { name: "登录", exact: true })).toBeEnabled();
  }

  await attempt(page, "Wrong-password-5");
  await expect(summary).toContainText(LOCKED);
  await expect(page).toHaveURL(/\/sign-in$/);

  // The right password does not open a locked account, and says why.
  await attempt(page, NEW_PASSWORD);
  await expect(summary).toContainText(LOCKED);
  await expect(page.getByRole("button", { name: "登录", exact: true })).toBeEnabled();
  await expect(page).toHaveURL(/\/sign-in$/);
  // And no session was created: the private area still asks for a sign-in.
  await page.goto("/me");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fme$/);
});
