import "server-only";
import type { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface TAuditEntry {
  actorId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  districtCode?: string | null;
  ip?: string | null;
  /** Never personal data in clear: field names, ids, reasons. */
  detail?: Prisma.InputJsonValue;
}

/** Written in the same transaction as the change it records, so neither exists without the other. */
/** Accepts the client or a transaction: only the audit table is needed. */
export async function audit(tx: Pick<typeof db, "auditEvent">, entry: TAuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      districtCode: entry.districtCode ?? null,
      ip: entry.ip ?? null,
      detail: entry.detail,
    },
  });
}
