import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isPlatformAdmin, isStaff, mayWorkInDistrict, type TActor } from "@/lib/domain/access";
import { PUBLIC_STATUSES, type TPolicyStatus } from "@/lib/domain/policy";
import type { TPolicyInput } from "@/lib/schemas/policy";
import { indexTokens } from "@/lib/search/segment";
import { clauseRecords } from "@/lib/search/clause-records";
import { invalidateSearchCache } from "@/lib/search/policy-search";
import { audit } from "./audit";
import { requestPolicyMatching } from "./matching";
import { forbidden, notFound, UserError } from "./errors";
import { dateFromIso } from "@/lib/domain/dates";

type TxClient = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Splits a body into clauses and stores them with their search tokens, replacing any earlier split. */
export async function writeClauses(tx: TxClient, policyId: string, body: string) {
  const records = clauseRecords(body);
  await tx.policyClause.deleteMany({ where: { policyId } });
  await tx.policyClause.createMany({ data: records.map((r) => ({ ...r, policyId })) });
  return records.length;
}

const policyView = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  districtCode: true,
  cityName: true,
  issuers: true,
  docNumber: true,
  issuedOn: true,
  effectiveOn: true,
  expiresOn: true,
  categories: true,
  targetGroups: true,
  notes: true,
  rule: true,
  ruleNote: true,
  ruleVersion: true,
  applyFree: true,
  employerConfirms: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  district: { select: { name: true, nameEn: true } },
} as const satisfies Prisma.PolicySelect;

const clauseView = {
  id: true,
  seq: true,
  anchor: true,
  label: true,
  title: true,
  headings: true,
  text: true,
  leadDepartments: true,
  departmentKind: true,
} as const satisfies Prisma.PolicyClauseSelect;

/** May this person see a policy in this state? Visitors see public ones; staff also the drafts they may edit. */
function mayRead(actor: TActor | null, policy: { status: TPolicyStatus; districtCode: string | null }) {
  if (PUBLIC_STATUSES.includes(policy.status)) return true;
  return !!actor && mayEditPolicy(actor, policy.districtCode);
}

/** District admins edit their district's policies; city-level (no district) ones belong to the platform admin. */
export function mayEditPolicy(actor: TActor, districtCode: string | null): boolean {
  if (actor.role !== "ADMIN") return false;
  return districtCode === null ? isPlatformAdmin(actor) : mayWorkInDistrict(actor, districtCode);
}

export async function getPolicy(actor: TActor | null, id: string) {
  const policy = await db.policy.findUnique({
    where: { id },
    select: { ...policyView, clauses: { select: clauseView, orderBy: { seq: "asc" } } },
  });
  if (!policy || !mayRead(actor, policy)) throw notFound();
  return policy;
}

/** Policies an admin may manage, newest first. Reviewers see their district's list read-only. */
export async function listPoliciesForStaff(actor: TActor) {
  if (!isStaff(actor)) throw forbidden();
  return db.policy.findMany({
    where: isPlatformAdmin(actor) ? {} : { districtCode: actor.districtCode ?? "none" },
    select: { ...policyView, _count: { select: { clauses: true } } },
    orderBy: [{ updatedAt: "desc" }],
    take: 500,
  });
}

async function loadForEdit(actor: TActor, id: string) {
  const policy = await db.policy.findUnique({
    where: { id },
    select: { id: true, districtCode: true, status: true, rule: true },
  });
  if (!policy) throw notFound();
  if (!mayEditPolicy(actor, policy.districtCode)) throw forbidden();
  return { id: policy.id, districtCode: policy.districtCode, status: policy.status, hasRule: policy.rule !== null };
}

const TRANSITIONS: Record<"publish" | "unpublish" | "expire", { from: TPolicyStatus[]; to: TPolicyStatus }> = {
  publish: { from: ["DRAFT", "EXPIRED"], to: "PUBLISHED" },
  unpublish: { from: ["PUBLISHED", "EXPIRED"], to: "DRAFT" },
  expire: { from: ["PUBLISHED"], to: "EXPIRED" },
};

/** Publish, unpublish or expire, checking the current state in the same statement that changes it. */
export async function changePolicyStatus(
  actor: TActor,
  id: string,
  action: keyof typeof TRANSITIONS,
  ip: string | null,
) {
  const policy = await loadForEdit(actor, id);
  const { from, to } = TRANSITIONS[action];
  await db.$transaction(async (tx) => {
    const changed = await tx.policy.updateMany({
      where: { id, status: { in: from } },
      data: { status: to, ...(to === "PUBLISHED" ? { publishedAt: new Date() } : {}) },
    });
    if (changed.count !== 1) throw new UserError("stale");
    await audit(tx, {
      actorId: actor.id,
      action: `policy.${action}`,
      targetType: "Policy",
      targetId: id,
      districtCode: policy.districtCode,
      ip,
      detail: { from: policy.status, to },
    });
  });
  invalidateSearchCache();
  // Publishing finds the talents who fit; withdrawing ends their matches. Either way the job brings them in line.
  if (policy.hasRule) await requestPolicyMatching(id);
}

function policyData(input: TPolicyInput) {
  return {
    title: input.title,
    kind: input.kind,
    districtCode: input.districtCode ?? null,
    cityName: input.cityName,
    issuers: input.issuers,
    docNumber: input.docNumber ?? null,
    issuedOn: dateFromIso(input.issuedOn),
    effectiveOn: dateFromIso(input.effectiveOn),
    expiresOn: dateFromIso(input.expiresOn),
    categories: input.categories,
    targetGroups: input.targetGroups,
    body: input.body,
    rule: input.rule ?? Prisma.DbNull,
    ruleNote: input.ruleNote ?? null,
    applyFree: input.applyFree,
    employerConfirms: input.employerConfirms,
    titleTokens: indexTokens(input.title),
  };
}

/** A new policy starts as a draft of the admin's own district (or of the city, for the platform admin). */
export async function createPolicy(actor: TActor, input: TPolicyInput, ip: string | null) {
  if (!mayEditPolicy(actor, input.districtCode ?? null)) throw forbidden();
  const id = await db.$transaction(
    async (tx) => {
      const policy = await tx.policy.create({
        data: { ...policyData(input), ruleVersion: input.rule ? 1 : 0, status: "DRAFT" },
        select: { id: true },
      });
      const clauses = await writeClauses(tx, policy.id, input.body);
      await audit(tx, {
        actorId: actor.id,
        action: "policy.create",
        targetType: "Policy",
        targetId: policy.id,
        districtCode: input.districtCode ?? null,
        ip,
        detail: { clauses },
      });
      return policy.id;
    },
    { timeout: 30_000 },
  );
  invalidateSearchCache();
  // A new policy is a draft, so there is nothing to match yet: publishing it asks for matching.
  return id;
}

/** Key order does not change a rule (jsonb stores keys in its own order), so rules are compared with sorted keys. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Saves an edit. The admin must be allowed both where the policy is and where it is moved to; an edit made from
 * an older version than the stored one is refused rather than silently overwriting a colleague's change.
 */
export async function updatePolicy(actor: TActor, id: string, input: TPolicyInput, ip: string | null) {
  const current = await db.policy.findUnique({
    where: { id },
    select: { districtCode: true, body: true, updatedAt: true, rule: true },
  });
  if (!current) throw notFound();
  if (!mayEditPolicy(actor, current.districtCode) || !mayEditPolicy(actor, input.districtCode ?? null))
    throw forbidden();
  if (input.updatedAt && input.updatedAt !== current.updatedAt.toISOString()) throw new UserError("stale");
  // ruleVersion counts the rule's changes, and only a changed rule sends every talent through matching again.
  const ruleChanged = canonicalJson(current.rule) !== canonicalJson(input.rule);
  const status = await db.$transaction(
    async (tx) => {
      const changed = await tx.policy.updateMany({
        where: { id, updatedAt: current.updatedAt },
        data: { ...policyData(input), ...(ruleChanged ? { ruleVersion: { increment: 1 } } : {}) },
      });
      if (changed.count !== 1) throw new UserError("stale");
      const resplit = current.body !== input.body;
      if (resplit) await writeClauses(tx, id, input.body);
      await audit(tx, {
        actorId: actor.id,
        action: "policy.update",
        targetType: "Policy",
        targetId: id,
        districtCode: input.districtCode ?? null,
        ip,
        detail: { bodyChanged: resplit, ruleChanged, fields: Object.keys(input).filter((k) => k !== "updatedAt") },
      });
      return (await tx.policy.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
    },
    { timeout: 30_000 },
  );
  invalidateSearchCache();
  if (status === "PUBLISHED" && ruleChanged) await requestPolicyMatching(id);
}

/** The synonym groups search applies to queries. */
export async function listSynonymGroups(): Promise<string[][]> {
  const rows = await db.searchSynonym.findMany({ select: { terms: true }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => r.terms);
}

/** Replaces the synonym table as a whole (it is short and edited as one list). Admins only. */
export async function saveSynonymGroups(actor: TActor, groups: string[][], ip: string | null) {
  if (actor.role !== "ADMIN") throw forbidden();
  await db.$transaction(async (tx) => {
    await tx.searchSynonym.deleteMany({});
    await tx.searchSynonym.createMany({ data: groups.map((terms) => ({ terms })) });
    await audit(tx, { actorId: actor.id, action: "search.synonyms", ip, detail: { groups: groups.length } });
  });
  invalidateSearchCache();
}
