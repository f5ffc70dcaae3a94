import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth";

export default async function EnterpriseLayout({ children }: { children: ReactNode }) {
  await requireRole(["ENTERPRISE_HR"]);
  return children;
}
