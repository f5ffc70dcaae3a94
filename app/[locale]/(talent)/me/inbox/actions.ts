"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth";
import { markRead } from "@/lib/server/notifications";

/** Marks every message of the signed-in user read. */
export async function markAllReadAction(): Promise<void> {
  const actor = await getActor();
  if (!actor) return;
  await markRead(actor);
  revalidatePath("/[locale]/me", "layout");
}
