// A talent applies to a program in the browser: picks a tier, fills in the form, uploads materials (a renamed .exe is
// refused by its bytes), checks and submits, and follows the progress. 张伟 (闵行, key enterprise) and 春申 A tier.
import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]);

test("apply with files, refuse a fake PDF, submit and follow the progress", async ({ page }) => {
  await signInAs(page, "zhangwei@example.com", undefined, /\/me$/);
  await page.goto("/programs");
  await page.getByRole("link", { name: "春申金字塔人才计划" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "春申金字塔人才计划" })).toBeVisible();
  const tierA = page.getByRole("region", { name: "A 顶尖人才" });
  await expect(tierA).toContainText("购房补贴（最高）：最高 5,000,000 元");
  await tierA.getByRole("button", { name: "申报此层级" }).click();

  await page.waitForURL(/\/me\/applications\/\w+$/);
  await expect(page.getByRole("heading", { level: 1, name: "春申金字塔人才计划 · A 顶尖人才" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "待办事项" })).toBeVisible();

  // Submitting too early names what is missing and changes nothing.
  const submit = page.getByRole("form", { name: "核对并提交" });
  await submit.getByRole("checkbox").check();
  await submit.getByRole("button", { name: "提交申请" }).click();
  await expect(submit.getByRole("alert")).toContainText("请上传：身份证明");

  const answers = page.getByRole("form", { name: "申报信息" });
  await answers.getByRole("combobox", { name: "申报类别" }).selectOption("技术类");
  await answers.getByRole("textbox", { name: "个人陈述" }).fill("从事智能制造研发十年，主持国家重点研发项目。");
  await answers.getByRole("button", { name: "保存" }).click();
  await expect(answers.getByRole("status")).toHaveText("已保存。");

  const identity = page.getByRole("form", { name: "上传：身份证明" });
  await identity.getByLabel("选择文件：身份证明").setInputFiles([
    { name: "身份证.pdf", mimeType: "application/pdf", buffer: PDF },
    { name: "伪装.pdf", mimeType: "application/pdf", buffer: EXE },
  ]);
  await identity.getByRole("button", { name: "上传" }).click();
  await expect(identity.getByRole("alert")).toContainText("伪装.pdf");
  await expect(page.getByRole("region", { name: "身份证明" }).getByRole("link", { name: "身份证.pdf" })).toBeVisible();

  for (const item of ["学历学位证书", "劳动合同", "近 6 个月社保缴纳记录"]) {
    const form = page.getByRole("form", { name: `上传：${item}` });
    await form
      .getByLabel(`选择文件：${item}`)
      .setInputFiles({ name: `${item}.pdf`, mimeType: "application/pdf", buffer: PDF });
    await form.getByRole("button", { name: "上传" }).click();
    await expect(page.getByRole("region", { name: item }).getByRole("link", { name: `${item}.pdf` })).toBeVisible();
  }

  const ready = page.getByRole("form", { name: "核对并提交" });
  await ready.getByRole("checkbox").check();
  await ready.getByRole("button", { name: "提交申请" }).click();
  const progress = page.getByRole("region", { name: "办理进度" });
  await expect(progress).toContainText("单位审核");
  await expect(progress).toContainText("上海春申智能制造有限公司");
  const reference = (await progress.locator("dd.font-mono").innerText()).trim();
  expect(reference).toMatch(/^MH-\d{4}-[34679ACDEFHJKMNPQRTVWXY]{6}$/);
  await expect(progress.getByRole("listitem").filter({ hasText: "提交" })).toBeVisible();
  // Once submitted, the form and the upload buttons are gone; withdrawing is still possible.
  await expect(page.getByRole("form", { name: "核对并提交" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "撤回申请" })).toBeVisible();

  await page.goto("/me/applications");
  await expect(page.getByRole("listitem").filter({ hasText: reference })).toContainText("单位审核");
});
