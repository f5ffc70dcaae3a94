// Shared steps and test data for the end-to-end specs. The UI is Chinese (zh-CN, the default locale), so fields
// and buttons are found by their Chinese accessible names from messages/zh-CN.json.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

/** Every demo account's password (prisma/seed.ts). */
export const DEMO_PASSWORD = "Rencai@2026";
/** The password the specs give accounts they register: not common, not a demo password. */
export const NEW_PASSWORD = "Huangpu-Jiang#2026";

/** Where each role lands after signing in without a callbackUrl (lib/domain/redirect.ts). */
export const HOME_PATH = { talent: "/me", hr: "/org", staff: "/admin" } as const;

// ---------------------------------------------------------------------------------------------------------------
// Unique data per run. Each `npx playwright test` starts on a fresh database, but one run registers several
// accounts, and a worker restarted after a failure starts its counter again, so Date.now() is mixed in too.
let counter = 0;
export function uniqueNumber(): number {
  counter += 1;
  return Date.now() * 100 + (counter % 100);
}

/** A mainland mobile number nobody else in this run uses: 139 followed by 8 digits. */
export function uniqueMobile(): string {
  return `139${String(uniqueNumber() % 100_000_000).padStart(8, "0")}`;
}

export function uniqueEmail(prefix = "e2e"): string {
  return `${prefix}.${uniqueNumber()}@example.com`;
}

// GB 11643-1999 (ISO 7064 MOD 11-2), written out here rather than imported from the app so the test is an
// independent check of the app's validator.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";
export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`idCheckChar: 17 digits expected, got ${first17}`);
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * ID_WEIGHTS[i]!, 0);
  return ID_CHECK[sum % 11]!;
}

/** A valid 18-character resident ID number for region 310106, with a birth date and sequence unique to this run. */
export function validIdNumber(region = "310106"): string {
  const n = uniqueNumber();
  // Birth dates from 1970-01-01 on, within ~27 years, so always a real, past date.
  const birth = new Date(Date.UTC(1970, 0, 1) + (n % 10_000) * 86_400_000);
  const yyyymmdd = birth.toISOString().slice(0, 10).replaceAll("-", "");
  const seq = String(Math.floor(n / 10_000) % 1000).padStart(3, "0");
  const first17 = `${region}${yyyymmdd}${seq}`;
  return first17 + idCheckChar(first17);
}

/** The same number with a check character that is wrong (so only the checksum rule fails). */
export function withWrongCheckChar(id: string): string {
  const right = id[17]!;
  const wrong = ID_CHECK.split("").find((c) => c !== right)!;
  return id.slice(0, 17) + wrong;
}

// GB 32100-2015 unified social credit code.
const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17[i]!);
    if (v < 0) throw new Error(`usccCheckChar: bad character in ${first17}`);
    sum += v * USCC_WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** A valid code of a company (91 = 市场监管, 企业) in the given district, unique to this run. */
export function validUscc(district = "310106"): string {
  const orgId = String(uniqueNumber() % 1_000_000_000).padStart(9, "0");
  const first17 = `91${district}${orgId}`;
  return first17 + usccCheckChar(first17);
}

export function withWrongUsccCheckChar(code: string): string {
  const right = code[17]!;
  const wrong = [...USCC_ALPHABET].find((c) => c !== right)!;
  return code.slice(0, 17) + wrong;
}

// ---------------------------------------------------------------------------------------------------------------
// Steps.

/** Fills and submits the sign-in form; does not wait for where it goes (callers assert that). */
export async function submitSignIn(page: Page, identifier: string, password: string) {
  await page.getByRole("textbox", { name: "手机号或邮箱", exact: true }).fill(identifier);
  await page.getByRole("textbox", { name: "密码", exact: true }).fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

/**
 * Signs in from a clean slate (any earlier session's cookies are dropped first) and waits until the browser has
 * left the sign-in page, i.e. the role's home (or `expectPath`) has loaded.
 */
export async function signInAs(page: Page, identifier: string, password = DEMO_PASSWORD, expectPath?: string | RegExp) {
  // Leave the current page first: a prefetch it still has in flight would otherwise come back after the cookies are
  // cleared and set the previous user's session cookie again (the proxy rolls it on page requests).
  await page.goto("about:blank");
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();
  await submitSignIn(page, identifier, password);
  if (expectPath) {
    await page.waitForURL(expectPath);
  } else {
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  }
}

/** The header's sign-out button (components/layout/account-menu.tsx). */
export async function signOut(page: Page) {
  await page.getByRole("navigation", { name: "主导航" }).getByRole("button", { name: "退出登录" }).click();
}

export interface TalentForm {
  realName?: string;
  idType?: "RESIDENT_ID" | "PASSPORT";
  idNumber?: string;
  identifier?: string;
  password?: string;
  confirmPassword?: string;
  acceptPrivacy?: boolean;
  acceptSensitive?: boolean;
}

/** Fills the talent registration form at /register (already open) and submits it. Unset fields are left as they are. */
export async function fillTalentRegistration(page: Page, f: TalentForm) {
  if (f.realName !== undefined) await page.getByRole("textbox", { name: "真实姓名", exact: true }).fill(f.realName);
  if (f.idType !== undefined)
    await page.getByRole("combobox", { name: "证件类型", exact: true }).selectOption(f.idType);
  if (f.idNumber !== undefined) await page.getByRole("textbox", { name: "证件号码", exact: true }).fill(f.idNumber);
  if (f.identifier !== undefined)
    await page.getByRole("textbox", { name: "手机号或邮箱", exact: true }).fill(f.identifier);
  if (f.password !== undefined) await page.getByRole("textbox", { name: "密码", exact: true }).fill(f.password);
  if (f.confirmPassword !== undefined)
    await page.getByRole("textbox", { name: "再次输入密码", exact: true }).fill(f.confirmPassword);
  if (f.acceptPrivacy !== undefined)
    await page.getByRole("checkbox", { name: /我已阅读并同意/ }).setChecked(f.acceptPrivacy);
  if (f.acceptSensitive !== undefined)
    await page.getByRole("checkbox", { name: /我单独同意平台处理我的敏感个人信息/ }).setChecked(f.acceptSensitive);
  await page.getByRole("button", { name: "注册", exact: true }).click();
}

/** Registers a talent through the UI and waits for the sign-in page with the registered notice. */
export async function registerTalent(
  page: Page,
  f: { realName: string; idNumber: string; identifier: string; password?: string },
) {
  await page.goto("/register");
  const password = f.password ?? NEW_PASSWORD;
  await fillTalentRegistration(page, {
    ...f,
    password,
    confirmPassword: password,
    acceptPrivacy: true,
    acceptSensitive: true,
  });
  await page.waitForURL(/\/sign-in\?registered=1$/);
}

export interface EnterpriseForm {
  uscc: string;
  name: string;
  districtCode: string;
  industry?: string;
  address?: string;
  contactName: string;
  identifier: string;
  password?: string;
}

/** Fills the enterprise registration form at /register/enterprise (already open) and submits it. */
export async function fillEnterpriseRegistration(page: Page, f: EnterpriseForm) {
  const password = f.password ?? NEW_PASSWORD;
  await page.getByRole("textbox", { name: "统一社会信用代码", exact: true }).fill(f.uscc);
  await page.getByRole("textbox", { name: "企业名称", exact: true }).fill(f.name);
  await page.getByRole("combobox", { name: "所在区", exact: true }).selectOption(f.districtCode);
  if (f.industry !== undefined) await page.getByRole("textbox", { name: "所属行业", exact: true }).fill(f.industry);
  if (f.address !== undefined) await page.getByRole("textbox", { name: "注册地址", exact: true }).fill(f.address);
  await page.getByRole("textbox", { name: "经办人姓名", exact: true }).fill(f.contactName);
  await page.getByRole("textbox", { name: "手机号或邮箱", exact: true }).fill(f.identifier);
  await page.getByRole("textbox", { name: "密码", exact: true }).fill(password);
  await page.getByRole("textbox", { name: "再次输入密码", exact: true }).fill(password);
  await page.getByRole("checkbox", { name: /我已阅读并同意/ }).check();
  await page.getByRole("button", { name: "提交注册" }).click();
}

/** The form's error summary (components/ui/error-summary.tsx). */
export function errorSummary(page: Page) {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "提交未成功" }) });
}

// ---------------------------------------------------------------------------------------------------------------
// Screenshots: test-results/screenshots/<name>-<width>.png, full page, at phone and desktop widths.
export const SCREENSHOT_DIR = path.join(process.cwd(), "test-results", "screenshots");
export const SCREENSHOT_WIDTHS = [390, 1280] as const;

export async function screenshotAtWidths(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize();
  for (const width of SCREENSHOT_WIDTHS) {
    await page.setViewportSize({ width, height: width < 600 ? 844 : 800 });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${width}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}
