import "server-only";
import { db } from "@/lib/db";
import { mayWorkInDistrict, type TActor } from "@/lib/domain/access";
import { checkApplicationTotal, checkUpload, checkUploadSize } from "@/lib/storage/check-upload";
import { storage } from "@/lib/storage";
import { audit } from "./audit";
import { forbidden, notFound, refused, UserError } from "./errors";
import type { TMaterial } from "./programs";

// 材料: files of an application, judged by their bytes, stored under server names (lib/storage), listed and
// downloaded only by those the application concerns.

const EDITABLE = ["DRAFT", "RETURNED"] as const;

export interface TUploadResult {
  name: string;
  ok: boolean;
  message?: string;
  messageEn?: string;
}

/**
 * Adds files to one item of the talent's own application while it may be edited. Each file is checked on its own
 * (an .exe renamed .pdf, an empty or oversized file is refused with its reason and the others still go in); the
 * 50 MB total is summed inside the transaction that records each file.
 */
export async function addMaterials(
  actor: TActor,
  applicationId: string,
  item: string,
  files: { name: string; size: number; bytes: () => Promise<Uint8Array> }[],
  ip: string | null,
): Promise<TUploadResult[]> {
  if (actor.role !== "TALENT") throw forbidden();
  const app = await db.application.findUnique({
    where: { id: applicationId },
    select: { userId: true, status: true, districtCode: true, program: { select: { materials: true } } },
  });
  if (!app || app.userId !== actor.id) throw notFound();
  if (!(EDITABLE as readonly string[]).includes(app.status)) throw new UserError("stale");
  const items = app.program.materials as unknown as TMaterial[];
  if (!items.some((m) => m.key === item)) throw new UserError("invalidChoice", "item");
  if (files.length === 0) throw refused("请选择要上传的文件", "Choose a file to upload", "files");

  const results: TUploadResult[] = [];
  for (const file of files) {
    // Refused by size before the bytes are read into memory.
    const bySize = checkUploadSize(file);
    if (!bySize.ok) {
      results.push({ name: file.name, ok: false, message: bySize.message, messageEn: bySize.messageEn });
      continue;
    }
    const bytes = await file.bytes();
    const checked = await checkUpload({ name: file.name, bytes });
    if (!checked.ok) {
      results.push({ name: file.name, ok: false, message: checked.message, messageEn: checked.messageEn });
      continue;
    }
    const key = await storage().put(bytes, { contentType: checked.mime });
    try {
      await db.$transaction(async (tx) => {
        const stored = await tx.applicationMaterial.aggregate({ where: { applicationId }, _sum: { size: true } });
        const total = checkApplicationTotal(stored._sum.size ?? 0, checked.size);
        if (!total.ok) throw refused(total.message, total.messageEn, "files");
        const material = await tx.applicationMaterial.create({
          data: {
            applicationId,
            item,
            storageKey: key,
            fileName: checked.name,
            mime: checked.mime,
            size: checked.size,
            uploadedById: actor.id,
          },
          select: { id: true },
        });
        await audit(tx, {
          actorId: actor.id,
          action: "material.upload",
          targetType: "ApplicationMaterial",
          targetId: material.id,
          districtCode: app.districtCode,
          ip,
          detail: { applicationId, item, size: checked.size, mime: checked.mime },
        });
      });
      results.push({ name: checked.name, ok: true });
    } catch (error) {
      // Nothing refers to the stored file: remove it rather than leave an orphan.
      await storage().delete(key);
      if (error instanceof UserError && error.text) {
        results.push({ name: file.name, ok: false, message: error.text.zh, messageEn: error.text.en });
        continue;
      }
      throw error;
    }
  }
  return results;
}

/** Removes one file from the talent's own application while it may be edited. */
export async function removeMaterial(actor: TActor, materialId: string, ip: string | null) {
  if (actor.role !== "TALENT") throw forbidden();
  const material = await db.applicationMaterial.findUnique({
    where: { id: materialId },
    select: { storageKey: true, application: { select: { id: true, userId: true, status: true, districtCode: true } } },
  });
  if (!material || material.application.userId !== actor.id) throw notFound();
  if (!(EDITABLE as readonly string[]).includes(material.application.status)) throw new UserError("stale");
  await db.$transaction(async (tx) => {
    await tx.applicationMaterial.delete({ where: { id: materialId } });
    await audit(tx, {
      actorId: actor.id,
      action: "material.remove",
      targetType: "ApplicationMaterial",
      targetId: materialId,
      districtCode: material.application.districtCode,
      ip,
      detail: { applicationId: material.application.id },
    });
  });
  await storage().delete(material.storageKey);
}

/**
 * A material for download, if the actor may have it: the applicant; HR of the employer the application names (once
 * submitted); reviewers and admins of its district. Anyone else gets "not found". Every download of another
 * person's material is audited.
 */
export async function openMaterial(actor: TActor, materialId: string, ip: string | null) {
  const material = await db.applicationMaterial.findUnique({
    where: { id: materialId },
    select: {
      storageKey: true,
      fileName: true,
      mime: true,
      size: true,
      application: { select: { id: true, userId: true, status: true, employerId: true, districtCode: true } },
    },
  });
  if (!material) throw notFound();
  const app = material.application;
  const own = actor.role === "TALENT" && app.userId === actor.id;
  let allowed = own;
  if (!allowed && actor.role === "ENTERPRISE_HR" && app.employerId && app.status !== "DRAFT") {
    allowed = !!(await db.enterpriseMember.findUnique({
      where: { enterpriseId_userId: { enterpriseId: app.employerId, userId: actor.id } },
      select: { userId: true },
    }));
  }
  if (!allowed && app.districtCode && app.status !== "DRAFT") allowed = mayWorkInDistrict(actor, app.districtCode);
  if (!allowed) throw notFound();
  if (!own) {
    await audit(db, {
      actorId: actor.id,
      action: "material.download",
      targetType: "ApplicationMaterial",
      targetId: materialId,
      districtCode: app.districtCode,
      ip,
      detail: { applicationId: app.id },
    });
  }
  const object = await storage().open(material.storageKey);
  if (!object) throw notFound();
  return { ...object, fileName: material.fileName, mime: material.mime };
}
