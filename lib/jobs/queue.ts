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
  for (const name of Object.values(QUEUES)) await boss.createQueue(name, { name, policy: "short", retryLimit: 3 });
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

/** For tests and scripts that must exit: stops the client if one was started. */
export async function stopBoss(): Promise<void> {
  const boss = globalForJobs.talentPortalBoss;
  globalForJobs.talentPortalBoss = undefined;
  if (boss) await (await boss).stop({ graceful: true, wait: true });
}
