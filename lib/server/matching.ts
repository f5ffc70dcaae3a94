import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  compileExplainer,
  compileVectorRule,
  factsUsed,
  factVector,
  validateRule,
  type TExplainer,
  type TVectorEvaluator,
} from "@/lib/domain/eligibility";
import { sendJob, QUEUES } from "@/lib/jobs/queue";
import { talentFactChunks, type TTalentFacts } from "./talent-facts";
import { queueNotificationEmails } from "./mail";

// 政策找人: every published rule against every active talent, in chunks of talents. Per chunk, one transaction
// brings PolicyMatch in line with the verdicts (new matches inserted, lapsed ones ended, returning ones reopened),
// tells each talent of their new matches in one inbox message, and turns new matches of apply-free policies into
// offers. A pair is announced once ever (PolicyMatch keeps notifiedAt after the match ends), so re-runs, overlapping
// runs and a talent who drops out and comes back never produce a second message.

interface TMatchRule {
  id: string;
  title: string;
  applyFree: boolean;
  employerConfirms: boolean;
  evaluate: TVectorEvaluator;
  /** Only apply-free policies explain themselves (in their offers). */
  explain: TExplainer | null;
  usesSalary: boolean;
}

export interface TMatchStats {
  talents: number;
  rules: number;
  evaluations: number;
  /** Time spent in rule evaluation alone, for the benchmark's evaluations-per-second figure. */
  evalMs: number;
  /**
   * Where a run goes: waiting for talents' facts (reading, decrypting, deriving), and writing verdicts, summed over
   * the concurrent writers (so it can exceed the run's wall time).
   */
  readMs: number;
  writeMs: number;
  newMatches: number;
  endedMatches: number;
  notifications: number;
  offers: number;
}

async function loadRules(policyIds?: readonly string[]): Promise<TMatchRule[]> {
  const policies = await db.policy.findMany({
    where: {
      status: "PUBLISHED",
      rule: { not: Prisma.DbNull },
      ...(policyIds ? { id: { in: [...policyIds] } } : {}),
    },
    select: { id: true, title: true, rule: true, applyFree: true, employerConfirms: true },
    orderBy: { id: "asc" },
  });
  const rules: TMatchRule[] = [];
  for (const p of policies) {
    // A stored rule that no longer validates (the catalogue changed) matches nobody rather than failing the run.
    const checked = validateRule(p.rule);
    if (!checked.ok) continue;
    rules.push({
      id: p.id,
      title: p.title,
      applyFree: p.applyFree,
      employerConfirms: p.employerConfirms,
      evaluate: compileVectorRule(checked.rule),
      explain: p.applyFree ? compileExplainer(checked.rule) : null,
      usesSalary: factsUsed(checked.rule).includes("annualSalary"),
    });
  }
  return rules;
}

function plural(n: number, one: string, many: string) {
  return n === 1 ? one : many;
}

function inboxMessage(titles: string[], applyFree: number) {
  const shown = titles.slice(0, 3);
  const more = titles.length - shown.length;
  const listZh = shown.map((t) => `《${t}》`).join("、") + (more > 0 ? `等 ${titles.length} 项` : "");
  const listEn = shown.map((t) => `“${t}”`).join(", ") + (more > 0 ? ` and ${more} more` : "");
  return {
    title: `${titles.length} 项政策与您匹配`,
    titleEn: `${titles.length} ${plural(titles.length, "policy matches", "policies match")} your profile`,
    body:
      `根据您的档案，您符合${listZh}的条件。` +
      (applyFree > 0 ? `其中 ${applyFree} 项免申即享，确认后即可享受。` : "请查看详情和下一步。"),
    bodyEn:
      `From your profile, you meet the conditions of ${listEn}.` +
      (applyFree > 0
        ? ` ${applyFree} of them ${plural(applyFree, "is", "are")} apply-free: confirm to receive ${plural(applyFree, "it", "them")}.`
        : " See the details and next steps."),
  };
}

type TWritten = Awaited<ReturnType<typeof writeChunk>>;
const WRITERS = 2;

// A chunk's writes can outlast Prisma's default 5 s for an interactive transaction on a busy first run.
const TX_OPTIONS = { maxWait: 10_000, timeout: 120_000 };

async function writeChunk(
  chunk: TTalentFacts[],
  rules: TMatchRule[],
  eligibleUsers: string[],
  eligiblePolicies: string[],
): Promise<Pick<TMatchStats, "newMatches" | "endedMatches" | "notifications" | "offers"> & { noteIds?: string[] }> {
  const userIds = chunk.map((t) => t.userId);
  const policyIds = rules.map((r) => r.id);
  return db.$transaction(async (tx) => {
    // What is stored for these talents and rules, read once: only the differences are written, so a re-run on an
    // unchanged day reads and writes next to nothing.
    const stored = await tx.$queryRaw<{ userId: string; policyId: string; open: boolean }[]>`
      SELECT "userId", "policyId", "endedAt" IS NULL AS open FROM "PolicyMatch"
       WHERE "userId" = ANY(${userIds}::text[]) AND "policyId" = ANY(${policyIds}::text[])`;
    const known = new Map(stored.map((m) => [`${m.userId} ${m.policyId}`, m.open]));
    const fresh: [string[], string[]] = [[], []];
    const back: [string[], string[]] = [[], []];
    for (let i = 0; i < eligibleUsers.length; i++) {
      const key = `${eligibleUsers[i]} ${eligiblePolicies[i]}`;
      const open = known.get(key);
      known.delete(key);
      const into = open === undefined ? fresh : open ? null : back;
      into?.[0].push(eligibleUsers[i]!);
      into?.[1].push(eligiblePolicies[i]!);
    }
    // What is left open in `known` was eligible and is no longer.
    const gone: [string[], string[]] = [[], []];
    for (const [key, open] of known) {
      if (!open) continue;
      const [u, p] = key.split(" ");
      gone[0].push(u!);
      gone[1].push(p!);
    }
    const ended = gone[0].length
      ? await tx.$executeRaw`
          UPDATE "PolicyMatch" m SET "endedAt" = now()
            FROM unnest(${gone[0]}::text[], ${gone[1]}::text[]) AS x(u, p)
           WHERE m."userId" = x.u AND m."policyId" = x.p AND m."endedAt" IS NULL`
      : 0;
    if (back[0].length) {
      await tx.$executeRaw`
        UPDATE "PolicyMatch" m SET "endedAt" = NULL, "since" = now()
          FROM unnest(${back[0]}::text[], ${back[1]}::text[]) AS x(u, p)
         WHERE m."userId" = x.u AND m."policyId" = x.p AND m."endedAt" IS NOT NULL`;
    }
    if (fresh[0].length === 0) return { newMatches: 0, endedMatches: ended, notifications: 0, offers: 0 };

    // New pairs are stamped notified as they are inserted, since each is announced in this same transaction.
    // ON CONFLICT … RETURNING names only the pairs this statement inserted: when another run overlaps this one, a
    // pair is announced by exactly one of them.
    const created = await tx.$queryRaw<{ userId: string; policyIds: string[] }[]>`
      WITH inserted AS (
        INSERT INTO "PolicyMatch" ("userId", "policyId", "notifiedAt")
        SELECT u, p, now() FROM unnest(${fresh[0]}::text[], ${fresh[1]}::text[]) AS x(u, p)
        ON CONFLICT DO NOTHING
        RETURNING "userId", "policyId")
      SELECT "userId", array_agg("policyId") AS "policyIds" FROM inserted GROUP BY "userId"`;
    if (created.length === 0) return { newMatches: 0, endedMatches: ended, notifications: 0, offers: 0 };

    const ruleById = new Map(rules.map((r) => [r.id, r]));
    const talentById = new Map(chunk.map((t) => [t.userId, t]));
    let newMatches = 0;
    const byUser = new Map<string, TMatchRule[]>();
    for (const { userId, policyIds } of created) {
      // In rule order (policy id), as the message lists them.
      byUser.set(
        userId,
        policyIds.sort().map((id) => ruleById.get(id)!),
      );
      newMatches += policyIds.length;
    }

    // Column arrays for unnest: one statement per table however many rows, and none of createMany's per-row cost.
    // Ids come from the database (UUIDs) since these rows never pass through Prisma's cuid() default.
    const offer = {
      users: [] as string[],
      policies: [] as string[],
      employers: [] as (string | null)[],
      conditions: [] as string[],
    };
    const note = {
      users: [] as string[],
      titles: [] as string[],
      titlesEn: [] as string[],
      bodies: [] as string[],
      bodiesEn: [] as string[],
    };
    for (const [userId, matched] of byUser) {
      const talent = talentById.get(userId)!;
      let applyFree = 0;
      for (const r of matched) {
        if (!r.applyFree) continue;
        applyFree++;
        offer.users.push(userId);
        offer.policies.push(r.id);
        offer.employers.push(r.employerConfirms ? talent.employerId : null);
        // The facts were derived on `asOf` when they were read (factsFromProfile).
        offer.conditions.push(JSON.stringify(r.explain!(talent.facts).conditions));
      }
      const message = inboxMessage(
        matched.map((r) => r.title),
        applyFree,
      );
      note.users.push(userId);
      note.titles.push(message.title);
      note.titlesEn.push(message.titleEn);
      note.bodies.push(message.body);
      note.bodiesEn.push(message.bodyEn);
    }
    // An offer declined or granted earlier stays as it was: DO NOTHING keeps the (userId, policyId) row.
    const offered = offer.users.length
      ? await tx.$executeRaw`
          INSERT INTO "BenefitOffer" ("id", "userId", "policyId", "employerId", "conditions", "updatedAt")
          SELECT gen_random_uuid()::text, u, p, e, c, now()
            FROM unnest(${offer.users}::text[], ${offer.policies}::text[], ${offer.employers}::text[],
                        ${offer.conditions}::jsonb[]) AS x(u, p, e, c)
          ON CONFLICT ("userId", "policyId") DO NOTHING`
      : 0;
    const notes = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "Notification" ("id", "userId", "kind", "title", "titleEn", "body", "bodyEn", "href")
      SELECT gen_random_uuid()::text, u, 'policy-match', t, te, b, be, '/me/matches'
        FROM unnest(${note.users}::text[], ${note.titles}::text[], ${note.titlesEn}::text[], ${note.bodies}::text[],
                    ${note.bodiesEn}::text[]) AS x(u, t, te, b, be)
      RETURNING "id"`;
    return {
      newMatches,
      endedMatches: ended,
      notifications: notes.length,
      offers: offered,
      noteIds: notes.map((n) => n.id),
    };
  }, TX_OPTIONS);
}

/**
 * Matches published rules (all, or `policyIds`) against active talents (all, or `userIds`) as of `asOf` and records
 * the outcome as described above. Safe to run again and alongside another run.
 */
export async function runMatching(
  options: {
    policyIds?: readonly string[];
    userIds?: readonly string[];
    asOf?: Date;
    chunkSize?: number;
  } = {},
): Promise<TMatchStats> {
  const asOf = options.asOf ?? new Date();
  const rules = await loadRules(options.policyIds);
  const stats: TMatchStats = {
    talents: 0,
    rules: rules.length,
    evaluations: 0,
    evalMs: 0,
    readMs: 0,
    writeMs: 0,
    newMatches: 0,
    endedMatches: 0,
    notifications: 0,
    offers: 0,
  };
  if (options.policyIds) {
    // A requested policy without a live rule (unpublished, rule removed) matches nobody any more.
    const live = new Set(rules.map((r) => r.id));
    const gone = options.policyIds.filter((id) => !live.has(id));
    if (gone.length) {
      stats.endedMatches += await db.policyMatch
        .updateMany({
          where: {
            policyId: { in: gone },
            endedAt: null,
            ...(options.userIds ? { userId: { in: [...options.userIds] } } : {}),
          },
          data: { endedAt: new Date() },
        })
        .then((r) => r.count);
    }
  }
  if (rules.length === 0) return stats;
  const chunks = talentFactChunks({
    asOf,
    chunkSize: options.chunkSize,
    userIds: options.userIds,
    withSalary: rules.some((r) => r.usesSalary),
  });
  const n = rules.length;
  const evaluators = rules.map((r) => r.evaluate);
  // One fact vector, refilled per talent: the inner loop allocates nothing but the verdict lists.
  const vector: unknown[] = [];
  const timed = async <T>(p: Promise<T>): Promise<[T, number]> => {
    const t = performance.now();
    return [await p, performance.now() - t];
  };
  const settle = async (write: Promise<[TWritten, number]>) => {
    const [written, ms] = await write;
    stats.writeMs += ms;
    stats.newMatches += written.newMatches;
    stats.endedMatches += written.endedMatches;
    stats.notifications += written.notifications;
    stats.offers += written.offers;
    if (written.noteIds?.length) await queueNotificationEmails(written.noteIds);
  };
  const writes: Promise<[TWritten, number]>[] = [];
  // The next chunk is read while this one is written: the database does both, and Node waits less.
  let pending = chunks.next();
  for (;;) {
    const waited = performance.now();
    const step = await pending;
    stats.readMs += performance.now() - waited;
    if (step.done) break;
    const chunk = step.value;
    pending = chunks.next();
    const users: string[] = [];
    const policies: string[] = [];
    const started = performance.now();
    for (const talent of chunk) {
      factVector(talent.facts, vector);
      for (let i = 0; i < n; i++) {
        if (evaluators[i]!(vector) === "ELIGIBLE") {
          const r = rules[i]!;
          users.push(talent.userId);
          policies.push(r.id);
        }
      }
    }
    stats.evalMs += performance.now() - started;
    stats.talents += chunk.length;
    stats.evaluations += chunk.length * n;
    // Two chunks are written at once (different talents, so they never touch the same rows): PostgreSQL works one
    // statement per connection, and this keeps both cores busy.
    if (writes.length === WRITERS) await settle(writes.shift()!);
    const write = timed(writeChunk(chunk, rules, users, policies));
    // Marked handled now: a failure surfaces when it is awaited above, not as an unhandled rejection meanwhile.
    write.catch(() => {});
    writes.push(write);
  }
  for (const w of writes) await settle(w);
  return stats;
}

/**
 * 政策找人 after a policy's rule or status changed: queued, so the admin's save does not wait for every talent.
 * A policy that is no longer published (or lost its rule) is matched too: the run ends its open matches.
 */
export async function requestPolicyMatching(policyId: string): Promise<void> {
  await sendJob(QUEUES.policyMatching, { policyId }, { singletonKey: policyId });
}

/** A talent's own facts changed (profile saved, employer verified): their matches are brought up to date at once. */
export async function rematchTalents(userIds: readonly string[]): Promise<TMatchStats> {
  return runMatching({ userIds });
}
