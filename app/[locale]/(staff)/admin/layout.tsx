import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth";
import { STAFF_ROLES } from "@/lib/domain/access";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  await requireRole(STAFF_ROLES);
  return children;
}
