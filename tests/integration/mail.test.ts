import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { db } from "@/lib/db";
import { getBoss, QUEUES, stopBoss } from "@/lib/jobs/queue";
import { queueNotificationEmails, sendNotificationEmail } from "@/lib/server/mail";
import { createTalent, idNumber } from "../support/factories";

// A real SMTP server on loopback receives what the portal sends.
const received: { to: string[]; raw: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    let raw = "";
    stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
      callback();
    });
  },
});

let mailUser: string;
let mobileUser: string;

async function message(userId: string) {
  return db.notification.create({
    data: {
      userId,
      kind: "policy-match",
      title: "1 项政策与您匹配",
      titleEn: "1 policy matches your profile",
      body: "根据您的档案，您符合《示例》的条件。",
      bodyEn: "From your profile, you meet the conditions of “Example”.",
      href: "/me/matches",
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  mailUser = (
    await createTalent({
      identifier: "mail@example.com",
      password: "pw-123456789",
      realName: "邮件",
      idNumber: idNumber("310106", "19950312", "123"),
    })
  ).id;
  mobileUser = (
    await createTalent({
      identifier: "13900139000",
      password: "pw-123456789",
      realName: "手机",
      idNumber: idNumber("310106", "19960312", "246"),
    })
  ).id;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.PUBLIC_URL;
  await stopBoss();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("e-mail of inbox messages", () => {
  it("sends nothing and queues nothing while SMTP is not configured", async () => {
    delete process.env.SMTP_URL;
    const n = await message(mailUser);
    expect(await sendNotificationEmail(n.id)).toBe(false);
    await queueNotificationEmails([n.id]);
    expect(await (await getBoss()).getQueueSize(QUEUES.email)).toBe(0);
    expect(received).toHaveLength(0);
  });

  it("sends the message to the user's address, with a link, once SMTP is configured", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
    process.env.PUBLIC_URL = "https://rencai.example.gov.cn";
    const n = await message(mailUser);
    expect(await sendNotificationEmail(n.id)).toBe(true);
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(["mail@example.com"]);
    expect(received[0]!.raw).toContain("https://rencai.example.gov.cn/me/matches");
    await queueNotificationEmails([n.id]);
    expect(await (await getBoss()).getQueueSize(QUEUES.email)).toBe(1);
  });

  it("skips users who signed up with a mobile number only", async () => {
    const n = await message(mobileUser);
    expect(await sendNotificationEmail(n.id)).toBe(false);
  });
});
