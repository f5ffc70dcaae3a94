import "server-only";
import { runMatching } from "@/lib/server/matching";
import { sendNotificationEmail } from "@/lib/server/mail";
import { getBoss, QUEUES } from "./queue";

/** Runs the portal's background jobs in this process. Called once per server by instrumentation.ts. */
export async function startWorkers(): Promise<void> {
  const boss = await getBoss();
  await boss.work<{ policyId: string }>(QUEUES.policyMatching, async ([job]) => {
    const stats = await runMatching({ policyIds: [job!.data.policyId] });
    console.log(`[jobs] ${QUEUES.policyMatching} ${job!.data.policyId}: ${JSON.stringify(stats)}`);
  });
  await boss.work(QUEUES.fullMatching, async () => {
    const stats = await runMatching();
    console.log(`[jobs] ${QUEUES.fullMatching}: ${JSON.stringify(stats)}`);
  });
  // One message per job, so a failure retries only that message.
  await boss.work<{ notificationId: string }>(QUEUES.email, async ([job]) => {
    await sendNotificationEmail(job!.data.notificationId);
  });
  await boss.schedule(QUEUES.fullMatching, "30 1 * * *", {}, { tz: "Asia/Shanghai" });
}
