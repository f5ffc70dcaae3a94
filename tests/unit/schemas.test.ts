import { describe, expect, it } from "vitest";
import { ZRegisterTalent } from "@/lib/schemas/auth";
import { ZEnterpriseDecision, ZRegisterEnterprise } from "@/lib/schemas/enterprise";
import { ZTalentProfile } from "@/lib/schemas/profile";

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("ZRegisterTalent", () => {
  it("reports every problem at once, including the ID number and the repeated password", () => {
    const r = ZRegisterTalent.safeParse({
      idType: "RESIDENT_ID",
      idNumber: "310106199001011234",
      password: "short",
      confirmPassword: "other",
    });
    expect(issues(r)).toEqual({
      realName: "required",
      identifier: "required",
      password: "password.tooShort",
      acceptPrivacy: "mustAgree",
      acceptSensitive: "mustAgree",
      idNumber: "idNumber.checksum",
      confirmPassword: "password.mismatch",
    });
  });

  it("checks a passport by its shape, not the resident-ID checksum", () => {
    const base = {
      realName: "John Smith",
      identifier: "john@example.com",
      password: "long enough pw",
      confirmPassword: "long enough pw",
      acceptPrivacy: "on",
      acceptSensitive: "on",
    };
    expect(ZRegisterTalent.safeParse({ ...base, idType: "PASSPORT", idNumber: "e1234 5678" }).success).toBe(true);
    expect(issues(ZRegisterTalent.safeParse({ ...base, idType: "PASSPORT", idNumber: "E1" }))).toEqual({
      idNumber: "passport",
    });
  });

  it("normalises the sign-in name", () => {
    const r = ZRegisterTalent.parse({
      realName: " 李四 ",
      idType: "PASSPORT",
      idNumber: "E12345678",
      identifier: " Li@Example.COM ",
      password: "long enough pw",
      confirmPassword: "long enough pw",
      acceptPrivacy: "on",
      acceptSensitive: "on",
    });
    expect(r.identifier).toBe("li@example.com");
    expect(r.realName).toBe("李四");
  });
});

describe("ZRegisterEnterprise", () => {
  it("checks the credit code with the domain validator and needs a district", () => {
    const r = ZRegisterEnterprise.safeParse({
      uscc: "91350100M000100Y44",
      name: "某公司",
      contactName: "张三",
      identifier: "hr@example.com",
      password: "long enough pw",
      confirmPassword: "long enough pw",
      acceptPrivacy: "on",
    });
    expect(issues(r)).toEqual({ uscc: "uscc.checksum", districtCode: "choose" });
  });
});

describe("ZEnterpriseDecision", () => {
  it("needs a reason to reject but not to verify", () => {
    expect(ZEnterpriseDecision.safeParse({ enterpriseId: "e1", decision: "VERIFY" }).success).toBe(true);
    expect(issues(ZEnterpriseDecision.safeParse({ enterpriseId: "e1", decision: "REJECT", reason: " " }))).toEqual({
      reason: "reasonRequired",
    });
  });
});

describe("ZTalentProfile", () => {
  it("treats empty fields as not given and converts yes/no and numbers", () => {
    const r = ZTalentProfile.parse({
      realName: "王五",
      education: "",
      graduationYear: "2020",
      isReturnee: "yes",
      ownsHomeInShanghai: "",
      annualSalary: "300000",
    });
    expect(r).toMatchObject({ realName: "王五", graduationYear: 2020, isReturnee: true, annualSalary: 300000 });
    expect(r.education).toBeUndefined();
    expect(r.ownsHomeInShanghai).toBeUndefined();
  });

  it("refuses values outside their ranges and unknown options", () => {
    const r = ZTalentProfile.safeParse({
      realName: "王五",
      education: "PHD",
      graduationYear: "1800",
      socialInsuranceMonths: "-1",
      returnDate: "2026-13-01",
    });
    expect(issues(r)).toEqual({
      education: "choose",
      graduationYear: "min",
      socialInsuranceMonths: "min",
      returnDate: "date",
    });
  });
});
