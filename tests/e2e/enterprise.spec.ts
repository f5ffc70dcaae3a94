// Enterprise registration and district verification: the HR officer registers, the district's reviewer verifies.
import { expect, test, type Page } from "@playwright/test";
import {
  errorSummary,
  fillEnterpriseRegistration,
  NEW_PASSWORD,
  signInAs,
  uniqueEmail,
  uniqueNumber,
  validUscc,
  withWrongUsccCheckChar,
} from "./helpers";

// lib/domain/uscc.ts USCC_MESSAGES.checksum
const USCC_CHECKSUM_MESSAGE = "统一社会信用代码校验位不正确，请核对后重新输入";
const JINGAN = "310106";

/** The enterprise's card on /org (a section labelled by the enterprise's name). */
function orgCard(page: Page, name: string) {
  return page.getByRole("region", { name });
}

test("register with a bad USCC, fix it, wait for review, get verified by the district", async ({ page }) => {
  const code = validUscc(JINGAN);
  const name = `上海测试科技${uniqueNumber()}有限公司`;
  const identifier = uniqueEmail("hr");
  const contactName = "冯晓（人事）";

  // 1. A wrong check character: the field says so, the rest is kept.
  await page.goto("/register/enterprise");
  await expect(page.getByRole("heading", { level: 1, name: "注册企业账号" })).toBeVisible();
  const form = {
    uscc: withWrongUsccCheckChar(code),
    name,
    districtCode: JINGAN,
    industry: "软件",
    contactName,
    identifier,
  };
  await fillEnterpriseRegistration(page, form);
  await expect(page.locator("#uscc-error")).toHaveText(USCC_CHECKSUM_MESSAGE);
  await expect(page.getByRole("textbox", { name: "统一社会信用代码", exact: true })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(errorSummary(page)).toContainText(`统一社会信用代码：${USCC_CHECKSUM_MESSAGE}`);
  await expect(page.getByRole("textbox", { name: "企业名称", exact: true })).toHaveValue(name);
  await expect(page.getByRole("textbox", { name: "经办人姓名", exact: true })).toHaveValue(contactName);
  await expect(page.getByRole("textbox", { name: "手机号或邮箱", exact: true })).toHaveValue(identifier);
  await expect(page).toHaveURL(/\/register\/enterprise$/);

  // 2. The right code: on to sign in, which returns to /org.
  await fillEnterpriseRegistration(page, { ...form, uscc: code });
  await page.waitForURL(/\/sign-in\?registered=1&callbackUrl=%2Forg$/);
  await expect(page.getByRole("status").filter({ hasText: "注册成功，请登录。" })).toBeVisible();

  // 3. The HR officer sees the enterprise waiting for the 静安 reviewers.
  await signInAs(page, identifier, NEW_PASSWORD, /\/org$/);
  await expect(page.getByRole("heading", { level: 1, name: "企业工作台" })).toBeVisible();
  const card = orgCard(page, name);
  await expect(card).toContainText(code);
  await expect(card).toContainText("静安区");
  await expect(card).toContainText("待审核");
  await expect(card).toContainText("静安区审核人员正在核验您的企业信息");

  // 4. The 静安 reviewer finds it in the queue and verifies it.
  await signInAs(page, "reviewer.jingan@example.com", undefined, /\/admin$/);
  await page.goto("/admin/enterprises");
  await expect(page.getByRole("heading", { level: 1, name: "企业认证审核" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(code);
  await item.getByRole("form", { name }).getByRole("button", { name: "核验通过" }).click();
  // The reviewer is told, and on the next visit it has left the queue for good.
  await expect(page.getByRole("status").filter({ hasText: `已核验通过：${name}` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "企业认证审核" })).toBeVisible();
  await expect(page.getByRole("heading", { name, exact: true })).toHaveCount(0);

  // 5. The HR officer now sees it verified.
  await signInAs(page, identifier, NEW_PASSWORD, /\/org$/);
  await expect(orgCard(page, name)).toContainText("已认证");
  await expect(orgCard(page, name)).not.toContainText("待审核");
  await expect(orgCard(page, name)).toContainText("企业已认证，认证时间");
});

test("after a refused submission the chosen district is kept", async ({ page }) => {
  await page.goto("/register/enterprise");
  await fillEnterpriseRegistration(page, {
    uscc: withWrongUsccCheckChar(validUscc(JINGAN)),
    name: `上海区选测试${uniqueNumber()}有限公司`,
    districtCode: JINGAN,
    contactName: "韩梅",
    identifier: uniqueEmail("hr-district"),
  });
  await expect(page.locator("#uscc-error")).toHaveText(USCC_CHECKSUM_MESSAGE);
  await expect(page.getByRole("combobox", { name: "所在区", exact: true })).toHaveValue(JINGAN);
});

test("the reviewer is told the enterprise was verified", async ({ page }) => {
  const name = `上海确认测试${uniqueNumber()}有限公司`;
  await page.goto("/register/enterprise");
  await fillEnterpriseRegistration(page, {
    uscc: validUscc(JINGAN),
    name,
    districtCode: JINGAN,
    contactName: "李雷",
    identifier: uniqueEmail("hr-confirm"),
  });
  await page.waitForURL(/\/sign-in\?registered=1/);
  await signInAs(page, "reviewer.jingan@example.com", undefined, /\/admin$/);
  await page.goto("/admin/enterprises");
  await page.getByRole("form", { name }).getByRole("button", { name: "核验通过" }).click();
  await expect(page.getByRole("status").filter({ hasText: `已核验通过：${name}` })).toBeVisible();
});

test("a reviewer sees only their own district's pending enterprises", async ({ page }) => {
  // Seeded: 上海静安生物医药研发有限公司 is PENDING in 静安 (prisma/seed.ts).
  const jinganPending = "上海静安生物医药研发有限公司";

  await signInAs(page, "reviewer.jingan@example.com", undefined, /\/admin$/);
  await page.goto("/admin/enterprises");
  await expect(page.getByRole("heading", { name: jinganPending, exact: true })).toBeVisible();

  await signInAs(page, "reviewer.changning@example.com", undefined, /\/admin$/);
  await expect(page.getByText("工作范围：长宁区")).toBeVisible();
  await page.goto("/admin/enterprises");
  await expect(page.getByRole("heading", { level: 1, name: "企业认证审核" })).toBeVisible();
  await expect(page.getByText(jinganPending)).toHaveCount(0);
  await expect(page.getByText("静安区", { exact: true })).toHaveCount(0);
  await expect(page.getByText("暂无待审核的企业。")).toBeVisible();
});
