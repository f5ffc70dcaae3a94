import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth";
import { countUnread } from "@/lib/server/notifications";
import { TalentNav } from "@/components/layout/workspace-nav";

export default async function TalentLayout({ children }: { children: ReactNode }) {
  const actor = await requireRole(["TALENT"]);
  return (
    <>
      <TalentNav unread={await countUnread(actor)} />
      {children}
    </>
  );
}
