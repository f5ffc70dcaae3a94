import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { mailEnv } from "@/lib/env";
import { QUEUES, sendJobs } from "@/lib/jobs/queue";

// Inbox messages are also sent by e-mail when SMTP is configured and the user signed up with an e-mail address.
// Sending goes through the "email" queue: a slow or failing mail server never holds up matching or a click, and
// pg-boss retries it.

export function mailConfigured(): boolean {
  return mailEnv().SMTP_URL !== undefined;
}

/** Queues an e-mail for each of these inbox messages; nothing when SMTP is not configured. */
export async function queueNotificationEmails(notificationIds: readonly string[]): Promise<void> {
  if (!mailConfigured() || notificationIds.length === 0) return;
  await sendJobs(
    QUEUES.email,
    notificationIds.map((notificationId) => ({ notificationId })),
  );
}

/** Sends one inbox message to its user's e-mail address, in the language they chose. Returns whether it sent. */
export async function sendNotificationEmail(notificationId: string): Promise<boolean> {
  const { SMTP_URL, MAIL_FROM, PUBLIC_URL } = mailEnv();
  if (!SMTP_URL) return false;
  const n = await db.notification.findUnique({
    where: { id: notificationId },
    select: {
      title: true,
      titleEn: true,
      body: true,
      bodyEn: true,
      href: true,
      user: { select: { email: true, locale: true, disabledAt: true } },
    },
  });
  if (!n?.user.email || n.user.disabledAt) return false;
  const en = n.user.locale === "en";
  const link = n.href && PUBLIC_URL ? new URL((en ? "/en" : "") + n.href, PUBLIC_URL).toString() : null;
  const text = [en ? n.bodyEn : n.body, link ?? "", en ? "— Talent Service Portal" : "—— 人才服务平台"]
    .filter(Boolean)
    .join("\n\n");
  await nodemailer.createTransport(SMTP_URL).sendMail({
    from: MAIL_FROM,
    to: n.user.email,
    subject: en ? n.titleEn : n.title,
    text,
  });
  return true;
}
