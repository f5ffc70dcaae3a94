import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/domain/access";
import { ZTalentProfile } from "@/lib/schemas/profile";
import { getOwnProfile, updateOwnProfile } from "@/lib/server/profiles";
import { createEnterprise, createTalent, createUser, idNumber, uscc } from "../support/factories";

let talent: TActor;
let verifiedId: string;
let pendingId: string;

beforeAll(async () => {
  talent = await createTalent({
    identifier: "t@example.com",
    password: "pw-123456789",
    realName: "李明",
    idNumber: idNumber("310106", "19950312", "123"),
  });
  verifiedId = (await createEnterprise({ uscc: uscc("91310106MA1K4A2B3"), name: "已认证企业", districtCode: "310106" }))
    .id;
  pendingId = (
    await createEnterprise({
      uscc: uscc("91310105MA1FL3C7X"),
      name: "待审核企业",
      districtCode: "310105",
      status: "PENDING",
    })
  ).id;
});

describe("talent profile", () => {
  it("shows the owner a masked ID number and the birth date read from it", async () => {
    const p = await getOwnProfile(talent);
    expect(p?.maskedIdNumber).toBe(`3101**********${idNumber("310106", "19950312", "123").slice(-4)}`);
    expect(p?.maskedIdNumber).not.toContain("19950312");
    expect(p?.birthDate).toBe("1995-03-12");
  });

  it("saves every fact, encrypts the salary, and audits field names without values", async () => {
    const input = ZTalentProfile.parse({
      realName: "李明",
      education: "DOCTORATE",
      graduationYear: "2023",
      professionalTitle: "INTERMEDIATE",
      hukou: "NON_LOCAL",
      isReturnee: "yes",
      returnDate: "2024-01-15",
      ownsHomeInShanghai: "no",
      employerId: verifiedId,
      socialInsuranceMonths: "18",
      annualSalary: "420000",
      contractEndDate: "2028-06-30",
    });
    await updateOwnProfile(talent, input, null);
    const row = await db.talentProfile.findUniqueOrThrow({ where: { userId: talent.id } });
    expect(row.annualSalaryCipher).not.toContain("420000");
    const view = await getOwnProfile(talent);
    expect(view?.values).toMatchObject({
      education: "DOCTORATE",
      annualSalary: 420000,
      returnDate: "2024-01-15",
      ownsHomeInShanghai: false,
      employerId: verifiedId,
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "profile.update", actorId: talent.id } });
    expect(JSON.stringify(event.detail)).toContain("annualSalary");
    expect(JSON.stringify(event.detail)).not.toContain("420000");
  });

  it("refuses an employer that is not verified and changes nothing", async () => {
    const input = ZTalentProfile.parse({ realName: "李明改", employerId: pendingId });
    await expect(updateOwnProfile(talent, input, null)).rejects.toMatchObject({ key: "notFound", field: "employerId" });
    const row = await db.talentProfile.findUniqueOrThrow({ where: { userId: talent.id } });
    expect(row.realName).toBe("李明");
    expect(row.employerId).toBe(verifiedId);
  });

  it("is only for talents", async () => {
    const reviewer = await createUser({
      role: "REVIEWER",
      identifier: "r@example.com",
      password: "pw-123456789",
      displayName: "审核",
      districtCode: "310106",
    });
    await expect(getOwnProfile(reviewer)).rejects.toMatchObject({ key: "forbidden" });
    await expect(updateOwnProfile(reviewer, ZTalentProfile.parse({ realName: "x" }), null)).rejects.toMatchObject({
      key: "forbidden",
    });
  });
});
