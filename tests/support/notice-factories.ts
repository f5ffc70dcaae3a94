// Applications already on public notice (公示), for the notice tests and the demo seed. The review stages that lead
// there are another module's work; here the row is written as it stands after the last approval.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { dateFromIso } from "@/lib/domain/dates";
import { generateReference, REFERENCE_RANDOM_BYTES } from "@/lib/domain/reference-number";

export async function createApplicationOnNotice(seed: {
  userId: string;
  programSlug: string;
  tierKey: string;
  employerId?: string | null;
  /** Defaults to the program's first batch (one application per talent and batch). */
  batchId?: string;
  /** "YYYY-MM-DD", first and last day of the notice. */
  startsOn: string;
  endsOn: string;
}) {
  const program = await db.program.findUniqueOrThrow({
    where: { slug: seed.programSlug },
    select: {
      id: true,
      districtCode: true,
      tiers: { where: { key: seed.tierKey }, select: { id: true } },
      batches: { select: { id: true }, orderBy: { opensAt: "asc" }, take: 1 },
    },
  });
  const year = Number(seed.startsOn.slice(0, 4));
  const app = await db.application.create({
    data: {
      userId: seed.userId,
      programId: program.id,
      tierId: program.tiers[0]!.id,
      batchId: seed.batchId ?? program.batches[0]!.id,
      districtCode: program.districtCode,
      employerId: seed.employerId ?? null,
      reference: generateReference(program.districtCode, year, randomBytes(REFERENCE_RANDOM_BYTES)),
      status: "PUBLIC_NOTICE",
      declaredAt: new Date(),
      submittedAt: new Date(),
      noticeStartsOn: dateFromIso(seed.startsOn),
      noticeEndsOn: dateFromIso(seed.endsOn),
      history: { create: { action: "approve", fromStatus: "FINAL_REVIEW", toStatus: "PUBLIC_NOTICE" } },
    },
    select: { id: true, version: true },
  });
  return app;
}
