// 公示 → 异议 → 认定 in the browser (signInAs clears the cookies, so each role starts afresh), on the two seeded applications (prisma/seed.ts seedNotices): 王芳's is on notice
// today (长宁), 张伟's notice is over (闵行). A visitor reads the list with masked names; John Smith objects;
// 长宁's reviewer dismisses it; the platform admin recognises 张伟, who then finds his certificate.
import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

test("public notice, objection, resolution, recognition and the certificate", async ({ page }) => {
  // A visitor: masked names only, and a way to sign in to object.
  await page.context().clearCookies();
  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "公示" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "人才认定公示" })).toBeVisible();
  const wang = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "王*" }) });
  await expect(wang).toContainText("上海虹桥航空科创有限公司");
  await expect(wang).toContainText("专业技术拔尖人才");
  await expect(page.getByText("王芳")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "张*" })).toHaveCount(0); // 张伟's notice is over
  await expect(page.getByRole("link", { name: "登录" }).first()).toBeVisible();
  await expect(page.locator("summary", { hasText: "提出异议" })).toHaveCount(0);

  // A signed-in talent objects: a too-short reason is refused next to the field, then it goes through.
  await signInAs(page, "john.smith@example.com");
  await page.goto("/notices");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "王*" }) });
  await card.locator("summary", { hasText: "提出异议" }).click();
  await card.getByLabel("异议理由").fill("不属实");
  await card.getByRole("button", { name: "提交异议" }).click();
  await expect(card.getByText("请至少写 10 个字")).toBeVisible();
  await card.getByLabel("异议理由").fill("据我所知，申报人填报的专利并非其本人作为第一发明人。");
  await card.getByRole("button", { name: "提交异议" }).click();
  await expect(card.getByRole("status")).toContainText("已收到您的异议");

  // 长宁's reviewer sees the objection (with who filed it) and dismisses it with a resolution.
  await signInAs(page, "reviewer.changning@example.com", undefined, /\/admin$/);
  const queue = page.getByRole("listitem").filter({ has: page.getByText("待处理的公示异议", { exact: true }) });
  await expect(queue.locator("p").nth(1)).toHaveText("1");
  await queue.getByRole("link", { name: /去处理/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "公示与认定" })).toBeVisible();
  const objection = page.getByRole("listitem").filter({ hasText: "专利并非其本人" });
  await expect(objection).toContainText("王芳");
  await expect(objection).toContainText("John Smith");
  await objection.getByRole("button", { name: "异议不成立" }).click();
  await expect(objection.getByText("此项为必填项")).toBeVisible();
  await objection.getByLabel("处理意见").fill("经核实，专利证书显示申报人为第一发明人，异议不成立。");
  await objection.getByRole("button", { name: "异议不成立" }).click();
  await expect(page.getByRole("status")).toContainText("已处理：异议不成立");

  // The platform admin recognises 张伟, whose notice is over.
  await signInAs(page, "admin@example.com", undefined, /\/admin$/);
  await page.goto("/admin/notices");
  const ended = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /张伟/ }) });
  await expect(ended).toContainText("未发现期间重叠的同类待遇");
  await ended.getByRole("button", { name: "认定" }).click();
  await expect(ended.getByRole("status")).toContainText(/已认定，证书编号 MH-RD-\d{4}-00001/);

  // 张伟 finds the certificate and its benefit.
  await signInAs(page, "zhangwei@example.com", undefined, /\/me$/);
  await page.goto("/me/certificates");
  await expect(page.getByRole("heading", { level: 1, name: "我的认定证书" })).toBeVisible();
  await expect(page.getByText(/MH-RD-\d{4}-00001/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "春申金字塔人才计划" })).toBeVisible();
  await expect(page.getByText("安居补贴")).toBeVisible();
});
