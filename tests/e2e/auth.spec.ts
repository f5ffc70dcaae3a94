// Talent registration, sign-in and sign-out, end to end in the Chinese UI.
import { expect, test } from "@playwright/test";
import {
  errorSummary,
  fillTalentRegistration,
  NEW_PASSWORD,
  registerTalent,
  signOut,
  submitSignIn,
  uniqueEmail,
  uniqueMobile,
  validIdNumber,
  withWrongCheckChar,
} from "./helpers";

// lib/domain/id-number.ts ID_NUMBER_MESSAGES.checksum
const ID_CHECKSUM_MESSAGE = "身份证号校验位不正确，请核对后重新输入";
// messages/zh-CN.json errors.duplicateIdNumber
const DUPLICATE_ID_MESSAGE = "该证件号码已注册账号，请直接登录或联系区人才服务中心";

test("a bad ID number is explained next to the field, and the form keeps what was typed", async ({ page }) => {
  const realName = "赵一鸣";
  const identifier = uniqueMobile();
  const badId = withWrongCheckChar(validIdNumber());

  await page.goto("/register");
  await expect(page.getByRole("heading", { level: 1, name: "注册人才账号" })).toBeVisible();
  await fillTalentRegistration(page, {
    realName,
    idNumber: badId,
    identifier,
    password: NEW_PASSWORD,
    confirmPassword: NEW_PASSWORD,
    acceptPrivacy: true,
    acceptSensitive: true,
  });

  // The field error, tied to the input for screen readers.
  const idError = page.locator("#idNumber-error");
  await expect(idError).toHaveText(ID_CHECKSUM_MESSAGE);
  const idInput = page.getByRole("textbox", { name: "证件号码", exact: true });
  await expect(idInput).toHaveAttribute("aria-invalid", "true");
  await expect(idInput).toHaveAttribute("aria-describedby", /\bidNumber-error\b/);
  // The summary at the top lists it too, and links to the field.
  const summary = errorSummary(page);
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: `证件号码：${ID_CHECKSUM_MESSAGE}` })).toHaveAttribute(
    "href",
    "#idNumber",
  );
  // Only the ID number was wrong.
  await expect(page.locator("#realName-error")).toHaveCount(0);
  await expect(page.locator("#identifier-error")).toHaveCount(0);
  // Nothing but the password is lost.
  await expect(page.getByRole("textbox", { name: "真实姓名", exact: true })).toHaveValue(realName);
  await expect(idInput).toHaveValue(badId);
  await expect(page.getByRole("textbox", { name: "手机号或邮箱", exact: true })).toHaveValue(identifier);
  await expect(page).toHaveURL(/\/register$/);
});

test("register → sign in → /me with the name → sign out", async ({ page }) => {
  const realName = "钱多多";
  const identifier = uniqueMobile();
  const goodId = validIdNumber();

  await page.goto("/register");
  // First attempt: wrong checksum.
  await fillTalentRegistration(page, {
    realName,
    idNumber: withWrongCheckChar(goodId),
    identifier,
    password: NEW_PASSWORD,
    confirmPassword: NEW_PASSWORD,
    acceptPrivacy: true,
    acceptSensitive: true,
  });
  await expect(page.locator("#idNumber-error")).toHaveText(ID_CHECKSUM_MESSAGE);
  await expect(page.getByRole("textbox", { name: "真实姓名", exact: true })).toHaveValue(realName);

  // Fix the ID; passwords are never echoed back, so they are typed again. Checkboxes are set explicitly.
  await fillTalentRegistration(page, {
    realName,
    idNumber: goodId,
    identifier,
    password: NEW_PASSWORD,
    confirmPassword: NEW_PASSWORD,
    acceptPrivacy: true,
    acceptSensitive: true,
  });
  await page.waitForURL(/\/sign-in\?registered=1$/);
  await expect(page.getByRole("status").filter({ hasText: "注册成功，请登录。" })).toBeVisible();

  // Sign in on the page the registration led to.
  await submitSignIn(page, identifier, NEW_PASSWORD);
  await page.waitForURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`您好，${realName}`);
  const nav = page.getByRole("navigation", { name: "主导航" });
  await expect(nav.getByRole("link", { name: "个人中心" })).toBeVisible();
  await expect(nav.getByRole("button", { name: "退出登录" })).toBeVisible();

  // Sign out: back home, the header offers 登录 again, and /me needs a sign-in.
  await signOut(page);
  await page.waitForURL((url) => url.pathname === "/");
  await expect(nav.getByRole("link", { name: "登录", exact: true })).toBeVisible();
  await expect(nav.getByRole("button", { name: "退出登录" })).toHaveCount(0);
  await page.goto("/me");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fme$/);
  await expect(page.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();
});

test("registering an ID number that already has an account says so clearly", async ({ page }) => {
  const idNumber = validIdNumber();
  await registerTalent(page, { realName: "孙先到", idNumber, identifier: uniqueEmail("first") });

  await page.goto("/register");
  const realName = "孙后到";
  const identifier = uniqueEmail("second");
  await fillTalentRegistration(page, {
    realName,
    idNumber,
    identifier,
    password: NEW_PASSWORD,
    confirmPassword: NEW_PASSWORD,
    acceptPrivacy: true,
    acceptSensitive: true,
  });
  await expect(page.locator("#idNumber-error")).toHaveText(DUPLICATE_ID_MESSAGE);
  await expect(errorSummary(page)).toContainText(DUPLICATE_ID_MESSAGE);
  await expect(page).toHaveURL(/\/register$/);
  await expect(page.getByRole("textbox", { name: "真实姓名", exact: true })).toHaveValue(realName);
  await expect(page.getByRole("textbox", { name: "手机号或邮箱", exact: true })).toHaveValue(identifier);

  // And no second account was made: the second identifier cannot sign in.
  await page.goto("/sign-in");
  await submitSignIn(page, identifier, NEW_PASSWORD);
  await expect(errorSummary(page)).toContainText("手机号/邮箱或密码不正确");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a refused passport registration keeps 证件类型 on 护照", async ({ page }) => {
  await page.goto("/register");
  await fillTalentRegistration(page, {
    realName: "Anna Weber",
    idType: "PASSPORT",
    idNumber: "X1",
    identifier: uniqueEmail("passport"),
    password: NEW_PASSWORD,
    confirmPassword: NEW_PASSWORD,
    acceptPrivacy: true,
    acceptSensitive: true,
  });
  await expect(page.locator("#idNumber-error")).toHaveText("护照号码应为 5 至 17 位字母或数字");
  await expect(page.getByRole("textbox", { name: "证件号码", exact: true })).toHaveValue("X1");
  await expect(page.getByRole("combobox", { name: "证件类型", exact: true })).toHaveValue("PASSPORT");
});

test("a refused registration keeps the consent ticks", async ({ page }) => {
  await page.goto("/register");
  await fillTalentRegistration(page, {
    realName: "周全",
    idNumber: "310106",
    identifier: uniqueMobile(),
    password: NEW_PASSWORD,
    confirmPassword: NEW_PASSWORD,
    acceptPrivacy: true,
    acceptSensitive: true,
  });
  await expect(page.locator("#idNumber-error")).toHaveText("身份证号应为18位，请核对后重新输入");
  await expect(page.getByRole("checkbox", { name: /我已阅读并同意/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /我单独同意平台处理我的敏感个人信息/ })).toBeChecked();
});
