import "server-only";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/domain/access";

// The in-app inbox (消息中心). Each user reads and marks only their own messages: every query is scoped by userId.

export async function listMyNotifications(actor: TActor, take = 50) {
  return db.notification.findMany({
    where: { userId: actor.id },
    select: {
      id: true,
      kind: true,
      title: true,
      titleEn: true,
      body: true,
      bodyEn: true,
      href: true,
      createdAt: true,
      readAt: true,
    },
    orderBy: { createdAt: "desc" },
    take,
  });
}

export async function countUnread(actor: TActor): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

/** Marks the given messages (or all) read; ids of other users' messages change nothing. */
export async function markRead(actor: TActor, ids?: readonly string[]): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(ids ? { id: { in: [...ids] } } : {}) },
    data: { readAt: new Date() },
  });
  return count;
}
