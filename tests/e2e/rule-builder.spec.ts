// An admin writes a policy's eligibility rule with the form-based builder: two conditions picked from the fact
// catalogue, tested against a sample profile, counted against the current talents, saved, and shown again as the
// same builder rows after a reload.
import { expect, test, type Page } from "@playwright/test";
import { signInAs, uniqueNumber } from "./helpers";

const combo = (page: Page, name: string) => page.getByRole("combobox", { name, exact: true });

async function expectRows(page: Page) {
  await expect(combo(page, "条件 1 的条件项")).toHaveValue("education");
  await expect(combo(page, "条件 1 的比较方式")).toHaveValue("gte");
  await expect(combo(page, "条件 1 的取值")).toHaveValue("MASTER");
  await expect(combo(page, "条件 2 的条件项")).toHaveValue("age");
  await expect(combo(page, "条件 2 的比较方式")).toHaveValue("lte");
  await expect(page.getByRole("spinbutton", { name: /^条件 2 的取值/ })).toHaveValue("35");
  await expect(combo(page, "整条规则的组合方式")).toHaveValue("all");
}

test("build a rule, test it on a sample profile, count matches, save, and get the same rows back", async ({ page }) => {
  const title = `静安区青年人才规则构建${uniqueNumber()}`;
  await signInAs(page, "admin.jingan@example.com", undefined, /\/admin$/);
  await page.goto("/admin/policies/new");
  await page.getByRole("textbox", { name: "标题" }).fill(title);
  await page.getByRole("textbox", { name: "发文机关" }).fill("静安区人才工作领导小组办公室");
  await page.getByRole("textbox", { name: /^正文/ }).fill("为吸引青年人才，制定本办法。\n一、适用对象\n1.青年人才。\n");

  const builder = page.getByRole("group", { name: "资格规则" });
  await expect(builder).toContainText("尚未添加条件");
  await expect(page.getByRole("button", { name: "统计可匹配人数" })).toBeDisabled();

  // 学历 ≥ 硕士
  await builder.getByRole("button", { name: "添加条件", exact: true }).click();
  // Focus goes to the new row, which says what it still needs.
  await expect(combo(page, "条件 1 的条件项")).toBeFocused();
  await expect(builder).toContainText("请先选择条件项");
  await combo(page, "条件 1 的条件项").selectOption({ label: "学历" });
  await combo(page, "条件 1 的比较方式").selectOption({ label: "不小于（≥）" });
  await expect(builder).toContainText("请填写取值");
  await combo(page, "条件 1 的取值").selectOption({ label: "硕士研究生" });
  // 年龄 ≤ 35: the operators offered are the ones the fact allows, by readable names.
  await builder.getByRole("button", { name: "添加条件", exact: true }).click();
  await combo(page, "条件 2 的条件项").selectOption({ label: "年龄" });
  await combo(page, "条件 2 的比较方式").selectOption({ label: "不大于（≤）" });
  await page.getByRole("spinbutton", { name: /^条件 2 的取值/ }).fill("35");
  await expect(builder).not.toContainText("请填写取值");
  // A sub-group can be added and removed again; focus stays in the builder.
  await builder.getByRole("button", { name: "添加条件组", exact: true }).click();
  await expect(combo(page, "条件 3.1 的条件项")).toBeFocused();
  await expect(builder).toContainText("请先选择条件项");
  await page.getByRole("button", { name: "删除条件组 3" }).click();
  await expect(page.getByRole("button", { name: "删除条件组 3" })).toHaveCount(0);
  await expect(builder.getByRole("button", { name: "添加条件", exact: true })).toBeFocused();
  await expect(builder).not.toContainText("请先选择条件项");

  // The JSON editor follows the builder.
  await page.getByText("高级：直接编辑 JSON").click();
  await expect(page.getByRole("textbox", { name: "资格规则 JSON" })).toHaveValue(
    JSON.stringify(
      {
        all: [
          { fact: "education", op: "gte", value: "MASTER" },
          { fact: "age", op: "lte", value: 35 },
        ],
      },
      null,
      2,
    ),
  );

  // A sample profile: the facts the rule uses, answered in the browser.
  const tester = page.getByRole("region", { name: "用示例资料测试" });
  const verdict = tester.getByRole("status");
  await expect(verdict).toContainText("需补充信息");
  await tester.getByRole("combobox", { name: "学历" }).selectOption({ label: "硕士研究生" });
  await tester.getByRole("spinbutton", { name: /^年龄/ }).fill("30");
  await expect(verdict.getByText("符合", { exact: true })).toBeVisible();
  await expect(verdict).toContainText("学历 ≥ 硕士研究生 — 您为硕士研究生 ✓");
  await tester.getByRole("spinbutton", { name: /^年龄/ }).fill("40");
  await expect(verdict.getByText("不符合", { exact: true })).toBeVisible();
  await expect(verdict).toContainText("年龄 ≤ 35 周岁 — 您 40 周岁 ✗");

  await page.getByRole("button", { name: "统计可匹配人数" }).click();
  await expect(page.getByText(/^当前 [\d,]+ 名人才中：符合 \d+，需补充信息 \d+，不符合 \d+$/)).toBeVisible();

  await page.getByRole("button", { name: "保存" }).click();
  await page.waitForURL(/\/admin\/policies\/\w+\?created=1$/);
  await expectRows(page);
  await page.reload();
  await expectRows(page);
  await expect(page.locator('input[type="hidden"][name="rule"]')).toHaveValue(
    JSON.stringify({
      all: [
        { fact: "education", op: "gte", value: "MASTER" },
        { fact: "age", op: "lte", value: 35 },
      ],
    }),
  );
});
