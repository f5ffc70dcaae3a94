import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/domain/access";
import { ZRegisterEnterprise } from "@/lib/schemas/enterprise";
import {
  decideEnterprise,
  listEnterprisesForReview,
  listMyEnterprises,
  listVerifiedEnterprises,
  registerEnterprise,
} from "@/lib/server/enterprises";
import { createUser, uscc } from "../support/factories";

const JINGAN_CODE = uscc("91310106MA1K4A2B3");
const registration = (over: Record<string, string> = {}) =>
  ZRegisterEnterprise.parse({
    uscc: JINGAN_CODE,
    name: "上海测试科技有限公司",
    districtCode: "310106",
    contactName: "周敏",
    identifier: "hr@example.com",
    password: "a-long-enough-pass",
    confirmPassword: "a-long-enough-pass",
    acceptPrivacy: "on",
    ...over,
  });

let jinganReviewer: TActor;
let changningReviewer: TActor;
let platformAdmin: TActor;
let enterpriseId: string;
let hr: TActor;

beforeAll(async () => {
  const asActor = (u: { id: string; role: TActor["role"]; districtCode: string | null; displayName: string }): TActor =>
    u;
  jinganReviewer = asActor(
    await createUser({
      role: "REVIEWER",
      identifier: "r1@example.com",
      password: "pw-123456789",
      displayName: "静安审核",
      districtCode: "310106",
    }),
  );
  changningReviewer = asActor(
    await createUser({
      role: "REVIEWER",
      identifier: "r2@example.com",
      password: "pw-123456789",
      displayName: "长宁审核",
      districtCode: "310105",
    }),
  );
  platformAdmin = asActor(
    await createUser({
      role: "ADMIN",
      identifier: "a@example.com",
      password: "pw-123456789",
      displayName: "平台",
      districtCode: null,
    }),
  );
});

describe("enterprise registration and verification", () => {
  it("registers the enterprise as PENDING with its HR officer as OWNER", async () => {
    const result = await registerEnterprise(registration(), "10.0.0.1");
    enterpriseId = result.enterpriseId;
    const user = await db.user.findUniqueOrThrow({
      where: { id: result.userId },
      select: { id: true, role: true, districtCode: true, displayName: true },
    });
    hr = user;
    const mine = await listMyEnterprises(hr);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ uscc: JINGAN_CODE, status: "PENDING", memberRole: "OWNER" });
  });

  it("refuses a second registration of the same credit code and leaves no half-made account", async () => {
    const users = await db.user.count();
    await expect(registerEnterprise(registration({ identifier: "other-hr@example.com" }), null)).rejects.toMatchObject({
      key: "duplicateUscc",
      field: "uscc",
    });
    expect(await db.user.count()).toBe(users);
  });

  it("shows the registration only to reviewers of its district and to the platform admin", async () => {
    expect((await listEnterprisesForReview(jinganReviewer)).map((e) => e.id)).toEqual([enterpriseId]);
    expect(await listEnterprisesForReview(changningReviewer)).toEqual([]);
    expect((await listEnterprisesForReview(platformAdmin)).map((e) => e.id)).toEqual([enterpriseId]);
    await expect(listEnterprisesForReview(hr)).rejects.toMatchObject({ key: "forbidden" });
  });

  it("refuses a decision from another district's reviewer or from the enterprise itself", async () => {
    await expect(decideEnterprise(changningReviewer, { enterpriseId, decision: "VERIFY" }, null)).rejects.toMatchObject(
      { key: "forbidden" },
    );
    await expect(decideEnterprise(hr, { enterpriseId, decision: "VERIFY" }, null)).rejects.toMatchObject({
      key: "forbidden",
    });
    await expect(
      decideEnterprise(jinganReviewer, { enterpriseId: "missing", decision: "VERIFY" }, null),
    ).rejects.toMatchObject({ key: "notFound" });
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId } })).status).toBe("PENDING");
  });

  it("verifies once, audits the decision, and refuses a second decision on the same registration", async () => {
    await decideEnterprise(jinganReviewer, { enterpriseId, decision: "VERIFY" }, "10.0.0.2");
    const e = await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId } });
    expect(e).toMatchObject({ status: "VERIFIED", verifiedById: jinganReviewer.id });
    await expect(
      decideEnterprise(platformAdmin, { enterpriseId, decision: "REJECT", reason: "重复" }, null),
    ).rejects.toMatchObject({ key: "stale" });
    const events = await db.auditEvent.findMany({ where: { targetId: enterpriseId }, orderBy: { id: "asc" } });
    expect(events.map((x) => x.action)).toEqual(["enterprise.register", "enterprise.verify"]);
    expect(events[1]).toMatchObject({ actorId: jinganReviewer.id, districtCode: "310106", ip: "10.0.0.2" });
    expect((await listVerifiedEnterprises()).map((x) => x.id)).toContain(enterpriseId);
  });

  it("lets two reviewers race on one registration with exactly one decision recorded", async () => {
    const { enterpriseId: id } = await registerEnterprise(
      registration({ uscc: uscc("91310106MA1J2P9T4"), identifier: "race@example.com" }),
      null,
    );
    const results = await Promise.allSettled([
      decideEnterprise(jinganReviewer, { enterpriseId: id, decision: "VERIFY" }, null),
      decideEnterprise(platformAdmin, { enterpriseId: id, decision: "REJECT", reason: "材料不全" }, null),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const decisions = await db.auditEvent.count({
      where: { targetId: id, action: { in: ["enterprise.verify", "enterprise.reject"] } },
    });
    expect(decisions).toBe(1);
  });
});
