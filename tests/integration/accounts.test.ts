import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { decrypt } from "@/lib/crypto";
import { registerTalent, signIn, loadActiveUser, MAX_FAILED_SIGN_INS, recordSignOut } from "@/lib/server/accounts";
import { ZRegisterTalent } from "@/lib/schemas/auth";
import { UserError } from "@/lib/server/errors";
import { createTalent, idNumber } from "../support/factories";

const form = (over: Record<string, string> = {}) =>
  ZRegisterTalent.parse({
    realName: "赵六",
    idType: "RESIDENT_ID",
    idNumber: idNumber("310106", "19900101", "111"),
    identifier: "13900000001",
    password: "a-long-enough-pass",
    confirmPassword: "a-long-enough-pass",
    acceptPrivacy: "on",
    acceptSensitive: "on",
    ...over,
  });

describe("registerTalent", () => {
  it("stores the ID number and mobile encrypted, with blind indexes and both consents", async () => {
    const { userId } = await registerTalent(form(), "127.0.0.1");
    const user = await db.user.findUniqueOrThrow({
      where: { id: userId },
      include: { talentProfile: true, consents: true },
    });
    expect(user.mobileCipher).not.toContain("13900000001");
    expect(decrypt(user.mobileCipher!)).toBe("13900000001");
    expect(user.talentProfile!.idNumberCipher).not.toContain("19900101");
    expect(decrypt(user.talentProfile!.idNumberCipher!)).toBe(idNumber("310106", "19900101", "111"));
    expect(user.talentProfile!.birthDate!.toISOString().slice(0, 10)).toBe("1990-01-01");
    expect(user.consents.map((c) => c.kind).sort()).toEqual(["PRIVACY_POLICY", "SENSITIVE_PERSONAL_INFO"]);
    const events = await db.auditEvent.findMany({ where: { targetId: userId } });
    expect(events.map((e) => e.action)).toEqual(["account.register"]);
    expect(JSON.stringify(events.map((e) => e.detail))).not.toContain("19900101");
  });

  it("refuses a second account with the same mobile or the same ID number, writing nothing", async () => {
    const before = await db.user.count();
    await expect(registerTalent(form({ idNumber: idNumber("310106", "19900101", "113") }), null)).rejects.toMatchObject(
      {
        key: "duplicateIdentifier",
        field: "identifier",
      },
    );
    await expect(registerTalent(form({ identifier: "other@example.com" }), null)).rejects.toBeInstanceOf(UserError);
    await expect(registerTalent(form({ identifier: "other@example.com" }), null)).rejects.toMatchObject({
      key: "duplicateIdNumber",
    });
    expect(await db.user.count()).toBe(before);
  });
});

describe("signIn", () => {
  it("signs in by mobile, and locks the account after five wrong passwords", async () => {
    const ok = await signIn("13900000001", "a-long-enough-pass", null);
    expect(ok.ok).toBe(true);
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) {
      expect(await signIn("13900000001", "wrong-password", null)).toEqual({ ok: false, reason: "invalid" });
    }
    const fifth = await signIn("13900000001", "wrong-password", null);
    expect(fifth).toMatchObject({ ok: false, reason: "locked" });
    // Even the right password is refused while locked.
    expect(await signIn("13900000001", "a-long-enough-pass", null)).toMatchObject({ ok: false, reason: "locked" });
    const actions = (await db.auditEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toContain("auth.locked");
    expect(actions.filter((a) => a === "auth.sign_in_failed")).toHaveLength(5);
  });

  it("unlocks after the lock has passed", async () => {
    await db.user.updateMany({ data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await signIn("13900000001", "a-long-enough-pass", null)).ok).toBe(true);
  });

  it("answers the same for an unknown account as for a wrong password", async () => {
    expect(await signIn("nobody@example.com", "whatever-pass", null)).toEqual({ ok: false, reason: "invalid" });
  });

  it("ends sessions whose version changed or whose account was disabled", async () => {
    const user = await createTalent({
      identifier: "s@example.com",
      password: "a-long-enough-pass",
      realName: "钱七",
      idNumber: idNumber("310105", "19920202", "222"),
    });
    expect(await loadActiveUser(user.id, 0)).toMatchObject({ id: user.id, role: "TALENT" });
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 1 } });
    expect(await loadActiveUser(user.id, 0)).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await loadActiveUser(user.id, 1)).toBeNull();
    expect(await signIn("s@example.com", "a-long-enough-pass", null)).toEqual({ ok: false, reason: "disabled" });
  });

  it("ends every session of the account at sign-out, and records it", async () => {
    const user = await createTalent({
      identifier: "out@example.com",
      password: "a-long-enough-pass",
      realName: "孙八",
      idNumber: idNumber("310105", "19930303", "333"),
    });
    expect(await loadActiveUser(user.id, 0)).not.toBeNull();
    await recordSignOut(user.id);
    // A copy of the old cookie (version 0) no longer acts.
    expect(await loadActiveUser(user.id, 0)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "auth.sign_out", targetId: user.id } })).toBe(1);
  });
});
