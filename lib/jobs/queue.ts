import "server-only";
import PgBoss from "pg-boss";
import { databaseEnv } from "@/lib/env";

// Background work goes through pg-boss queues in the portal's own PostgreSQL (schema "pgboss"), so a job survives a
// restart and any instance may run it. One client per process, shared by every route bundle through globalThis.

export const QUEUES = {
  /** {policyId}: match one policy's rule against every talent (政策找人). */
  policyMatching: "policy-matching",
  /** {}: match every rule against every talent; daily, because ages and durations change with the date. */
  fullMatching: "full-matching",
  /** {notificationId}: send an inbox message by e-mail (only queued when SMTP is configured). */
  email: "email",
} as const;
export type TQueue = (typeof QUEUES)[keyof typeof QUEUES];

const globalForJobs = globalThis as unknown as { talentPortalBoss?: Promise<PgBoss> };

async function startBoss(): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: databaseEnv().DATABASE_URL,
    max: 3,
    application_name: "talent-portal-jobs",
  });
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  // "short": at most one waiting job per singletonKey, so ten quick edits of a policy queue one run, and an edit
  // made while a run is under way still queues the next.
  for (const name of [QUEUES.policyMatching, QUEUES.fullMatching]) {
    await boss.createQueue(name, { name, policy: "short", retryLimit: 3 });
  }
  await boss.createQueue(QUEUES.email, { name: QUEUES.email, retryLimit: 5, retryBackoff: true });
  return boss;
}

export function getBoss(): Promise<PgBoss> {
  globalForJobs.talentPortalBoss ??= startBoss().catch((error: unknown) => {
    globalForJobs.talentPortalBoss = undefined;
    throw error;
  });
  return globalForJobs.talentPortalBoss;
}

export async function sendJob(name: TQueue, data: object, options: PgBoss.SendOptions = {}): Promise<void> {
  await (await getBoss()).send(name, data, options);
}

/** Many jobs of one queue in one statement. */
export async function sendJobs(name: TQueue, data: object[]): Promise<void> {
  await (await getBoss()).insert(data.map((d) => ({ name, data: d })));
}

/** For tests and scripts that must exit: stops the client if one was started. */
export async function stopBoss(): Promise<void> {
  const boss = globalForJobs.talentPortalBoss;
  globalForJobs.talentPortalBoss = undefined;
  if (boss) await (await boss).stop({ graceful: true, wait: true });
}
