import os from "node:os";
import path from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/domain/access";
import { parseReference } from "@/lib/domain/reference-number";
import {
  getMyApplication,
  saveAnswers,
  startApplication,
  submitApplication,
  withdrawApplication,
} from "@/lib/server/applications";
import { addMaterials, openMaterial, removeMaterial } from "@/lib/server/materials";
import { seedPrograms } from "../../prisma/seed";
import { createEnterprise, createTalent, createUser, idNumber, uscc } from "../support/factories";

const uploads = mkdtempSync(path.join(os.tmpdir(), "talent-portal-uploads-"));
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]);
const file = (name: string, bytes: Uint8Array) => ({ name, size: bytes.length, bytes: async () => bytes });

const actor = (u: { id: string; role: TActor["role"]; districtCode?: string | null }): TActor => ({
  id: u.id,
  role: u.role,
  districtCode: u.districtCode ?? null,
  displayName: "测试",
});
let talent: TActor;
let stranger: TActor;
let hr: TActor;
let otherHr: TActor;
let reviewer: TActor;
let otherReviewer: TActor;
let programId: string;
let tierId: string;

async function uploadRequired(appId: string) {
  for (const item of ["identity", "degree", "contract", "insurance"]) {
    const [r] = await addMaterials(talent, appId, item, [file(`${item}.pdf`, PDF)], null);
    expect(r).toMatchObject({ ok: true });
  }
}

beforeAll(async () => {
  process.env.UPLOAD_DIR = uploads;
  await seedPrograms();
  const program = await db.program.findUniqueOrThrow({
    where: { slug: "jingan-jingying" },
    select: { id: true, tiers: { where: { key: "leading" }, select: { id: true } } },
  });
  programId = program.id;
  tierId = program.tiers[0]!.id;
  const firm = await createEnterprise({
    uscc: uscc("91310106MA1K4A2B3"),
    name: "静安企业",
    districtCode: "310106",
    hr: { identifier: "hr@example.com", password: "pw-123456789", displayName: "人事" },
  });
  const other = await createEnterprise({
    uscc: uscc("91310105MA1FL3C7X"),
    name: "长宁企业",
    districtCode: "310105",
    hr: { identifier: "hr2@example.com", password: "pw-123456789", displayName: "人事2" },
  });
  hr = actor(firm.hr!);
  otherHr = actor(other.hr!);
  talent = actor(
    await createTalent({
      identifier: "t@example.com",
      password: "pw-123456789",
      realName: "申报人",
      idNumber: idNumber("310106", "19950312", "123"),
      education: "DOCTORATE",
      employerId: firm.id,
    }),
  );
  stranger = actor(
    await createTalent({
      identifier: "s@example.com",
      password: "pw-123456789",
      realName: "路人",
      idNumber: idNumber("310105", "19960312", "246"),
      employerId: other.id,
    }),
  );
  reviewer = actor(
    await createUser({
      role: "REVIEWER",
      identifier: "r@example.com",
      password: "pw-123456789",
      displayName: "静安审核",
      districtCode: "310106",
    }),
  );
  otherReviewer = actor(
    await createUser({
      role: "REVIEWER",
      identifier: "r2@example.com",
      password: "pw-123456789",
      displayName: "长宁审核",
      districtCode: "310105",
    }),
  );
});

afterAll(() => {
  delete process.env.UPLOAD_DIR;
  rmSync(uploads, { recursive: true, force: true });
});

describe("applying", () => {
  it("starts one draft per talent and batch, however often asked", async () => {
    const [a, b] = await Promise.all([
      startApplication(talent, { programId, tierId }, null),
      startApplication(talent, { programId, tierId }, null),
    ]);
    expect(a).toBe(b);
    expect(await startApplication(talent, { programId, tierId }, null)).toBe(a);
    expect(await db.application.count()).toBe(1);
  });

  it("keeps applications to their owner", async () => {
    const id = await startApplication(talent, { programId, tierId }, null);
    await expect(getMyApplication(stranger, id)).rejects.toMatchObject({ key: "notFound" });
    await expect(saveAnswers(stranger, id, { version: 0, answers: { summary: "x" } })).rejects.toMatchObject({
      key: "notFound",
    });
    await expect(addMaterials(stranger, id, "identity", [file("a.pdf", PDF)], null)).rejects.toMatchObject({
      key: "notFound",
    });
  });

  it("checks every file by its bytes and keeps the good ones", async () => {
    const id = await startApplication(talent, { programId, tierId }, null);
    const results = await addMaterials(
      talent,
      id,
      "achievements",
      [file("论文.pdf", PDF), file("virus.pdf", EXE), file("空.pdf", new Uint8Array())],
      null,
    );
    expect(results.map((r) => r.ok)).toEqual([true, false, false]);
    expect(results[1]!.message).toContain("virus.pdf");
    const app = await getMyApplication(talent, id);
    expect(app.materials.map((m) => [m.item, m.fileName, m.mime])).toEqual([["achievements", "论文.pdf", "application/pdf"]]);
  });

  it("refuses a submission that lacks materials or the declaration, changing nothing", async () => {
    const id = await startApplication(talent, { programId, tierId }, null);
    const { version } = await getMyApplication(talent, id);
    await expect(submitApplication(talent, id, { version, declaration: false }, null)).rejects.toMatchObject({
      key: "declarationRequired",
    });
    await expect(submitApplication(talent, id, { version, declaration: true }, null)).rejects.toMatchObject({
      key: "refused",
      text: { zh: "请上传：身份证明、学历学位证书、劳动合同、近 6 个月社保缴纳记录" },
    });
    expect((await getMyApplication(talent, id)).status).toBe("DRAFT");
  });

  it("submits once, with a reference number, to the employer first; a second submit changes nothing", async () => {
    const id = await startApplication(talent, { programId, tierId }, null);
    await uploadRequired(id);
    const before = await getMyApplication(talent, id);
    await saveAnswers(talent, id, { version: before.version, answers: { summary: "十年研发经历" } });
    const { version } = await getMyApplication(talent, id);
    const [first, second] = await Promise.allSettled([
      submitApplication(talent, id, { version, declaration: true }, null),
      submitApplication(talent, id, { version, declaration: true }, null),
    ]);
    const reference = first.status === "fulfilled" ? first.value.reference : (second as PromiseFulfilledResult<{ reference: string }>).value.reference;
    expect(parseReference(reference)).toMatchObject({ ok: true });
    expect(reference).toMatch(/^JA-\d{4}-/);
    const app = await getMyApplication(talent, id);
    expect(app).toMatchObject({ status: "EMPLOYER_REVIEW", reference, answers: { summary: "十年研发经历" } });
    expect(app.history.map((h) => [h.action, h.fromStatus, h.toStatus])).toEqual([["submit", "DRAFT", "EMPLOYER_REVIEW"]]);
    await expect(submitApplication(talent, id, { version, declaration: true }, null)).resolves.toEqual({ reference });
    // Submitted materials can no longer be changed.
    await expect(removeMaterial(talent, app.materials[0]!.id, null)).rejects.toMatchObject({ key: "stale" });
  });

  it("lets the employer's HR and the district's reviewers download materials, audited; nobody else", async () => {
    const [app] = await db.application.findMany({ select: { id: true } });
    const material = await db.applicationMaterial.findFirstOrThrow({ where: { applicationId: app!.id } });
    await expect(openMaterial(talent, material.id, null)).resolves.toMatchObject({ mime: "application/pdf" });
    await expect(openMaterial(hr, material.id, "10.0.0.1")).resolves.toMatchObject({ size: PDF.length });
    await expect(openMaterial(reviewer, material.id, null)).resolves.toMatchObject({ fileName: material.fileName });
    for (const who of [stranger, otherHr, otherReviewer]) {
      await expect(openMaterial(who, material.id, null)).rejects.toMatchObject({ key: "notFound" });
    }
    expect(await db.auditEvent.count({ where: { action: "material.download", targetId: material.id } })).toBe(2);
  });

  it("refuses an applicant the rule finds ineligible, and a second application in the same batch", async () => {
    const id = await startApplication(stranger, { programId, tierId }, null);
    await expect(
      submitApplication(stranger, id, { version: 0, declaration: true }, null),
    ).rejects.toMatchObject({ key: "applicationIneligible" });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("can be withdrawn before a decision, with a stale version refused", async () => {
    const [app] = await db.application.findMany({ where: { userId: talent.id }, select: { id: true, version: true } });
    await expect(withdrawApplication(talent, app!.id, { version: app!.version - 1 }, null)).rejects.toMatchObject({
      key: "stale",
    });
    await withdrawApplication(talent, app!.id, { version: app!.version }, null);
    expect((await getMyApplication(talent, app!.id)).status).toBe("WITHDRAWN");
    await expect(withdrawApplication(talent, app!.id, { version: app!.version + 1 }, null)).rejects.toMatchObject({
      key: "refused",
    });
  });
});
