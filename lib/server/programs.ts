import "server-only";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/domain/access";
import { explain, validateRule, type TExplanation, type TRule } from "@/lib/domain/eligibility";
import { notFound } from "./errors";
import { loadTalentFacts } from "./talent-facts";

// Talent programs (人才项目) as the public and talents see them: published programs, their tiers and benefits, the
// materials they ask for and their batches. Applying comes with the applications service.

export interface TBenefit {
  category: "AWARD" | "HOUSING" | "SERVICE";
  name: string;
  nameEn: string;
  amount?: number;
  unit?: "ONCE" | "MONTH" | "YEAR";
  note?: string;
}

export interface TMaterial {
  key: string;
  name: string;
  nameEn: string;
  required: boolean;
  hint?: string;
}

export type TBatchState = "OPEN" | "UPCOMING" | "CLOSED";

export function batchState(batch: { opensAt: Date; closesAt: Date }, now = new Date()): TBatchState {
  if (now < batch.opensAt) return "UPCOMING";
  return now <= batch.closesAt ? "OPEN" : "CLOSED";
}

/** Published programs, each with its tiers' names and the batch to show (open first, else the next, else the last). */
export async function listPublishedPrograms(now = new Date()) {
  const programs = await db.program.findMany({
    where: { status: "PUBLISHED" },
    select: {
      id: true,
      name: true,
      nameEn: true,
      districtCode: true,
      description: true,
      tiers: { select: { name: true, nameEn: true }, orderBy: { seq: "asc" } },
      batches: {
        select: { id: true, name: true, opensAt: true, closesAt: true, quota: true },
        orderBy: { opensAt: "asc" },
      },
    },
    orderBy: [{ districtCode: "asc" }, { name: "asc" }],
  });
  return programs.map(({ batches, ...p }) => {
    const open = batches.find((b) => batchState(b, now) === "OPEN");
    const next = batches.find((b) => batchState(b, now) === "UPCOMING");
    const batch = open ?? next ?? batches.at(-1) ?? null;
    return { ...p, batch: batch && { ...batch, state: batchState(batch, now) } };
  });
}

/** One published program with everything its page shows. Drafts and archived programs are not found. */
export async function getPublishedProgram(id: string, now = new Date()) {
  const program = await db.program.findFirst({
    where: { id, status: "PUBLISHED" },
    select: {
      id: true,
      name: true,
      nameEn: true,
      districtCode: true,
      description: true,
      rule: true,
      ruleNote: true,
      employerConfirms: true,
      expertReview: true,
      noticeDays: true,
      materials: true,
      classes: true,
      policy: { select: { id: true, title: true } },
      tiers: {
        select: { id: true, key: true, name: true, nameEn: true, summary: true, rule: true, benefits: true },
        orderBy: { seq: "asc" },
      },
      batches: {
        select: { id: true, name: true, opensAt: true, closesAt: true, quota: true },
        orderBy: { opensAt: "asc" },
      },
    },
  });
  if (!program) throw notFound();
  return {
    ...program,
    materials: program.materials as unknown as TMaterial[],
    tiers: program.tiers.map((t) => ({ ...t, benefits: t.benefits as unknown as TBenefit[] })),
    batches: program.batches.map((b) => ({ ...b, state: batchState(b, now) })),
  };
}

/** A tier's full rule: the program's conditions and the tier's own, both required. */
export function tierRule(programRule: unknown, tierRule: unknown): TRule | null {
  const parts = [programRule, tierRule].map((r) => (r == null ? null : validateRule(r))).filter((r) => r !== null);
  // A stored rule that no longer validates judges nobody eligible rather than everybody.
  if (parts.some((r) => !r.ok)) return null;
  const rules = parts.map((r) => (r as { ok: true; rule: TRule }).rule);
  if (rules.length === 0) return null;
  return rules.length === 1 ? rules[0]! : { all: rules };
}

/**
 * A signed-in talent's verdict on each tier of a program, from their profile and verified employer. Null for anyone
 * who is not a talent (the page then points to the self-check).
 */
export async function myProgramVerdicts(
  actor: TActor | null,
  program: Awaited<ReturnType<typeof getPublishedProgram>>,
  asOf = new Date(),
): Promise<Record<string, TExplanation | null> | null> {
  if (actor?.role !== "TALENT") return null;
  const facts = (await loadTalentFacts(actor.id, asOf)) ?? {};
  return Object.fromEntries(
    program.tiers.map((t) => {
      const rule = tierRule(program.rule, t.rule);
      return [t.id, rule ? explain(rule, facts, { asOf }) : null];
    }),
  );
}
