import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth";

export default async function TalentLayout({ children }: { children: ReactNode }) {
  await requireRole(["TALENT"]);
  return children;
}
