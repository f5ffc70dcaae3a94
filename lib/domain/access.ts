// Who may act on what. Pure, so the rules are unit-tested and the same everywhere they are asked.
export type TRole = "TALENT" | "ENTERPRISE_HR" | "REVIEWER" | "ADMIN";

export interface TActor {
  id: string;
  role: TRole;
  /** Staff act for one district; a platform admin has none and sees every district. */
  districtCode: string | null;
  displayName: string;
}

export const STAFF_ROLES: readonly TRole[] = ["REVIEWER", "ADMIN"];

export function isStaff(actor: Pick<TActor, "role">): boolean {
  return STAFF_ROLES.includes(actor.role);
}

export function isPlatformAdmin(actor: Pick<TActor, "role" | "districtCode">): boolean {
  return actor.role === "ADMIN" && actor.districtCode === null;
}

/** A reviewer or district admin works only on their own district's records. */
export function mayWorkInDistrict(actor: Pick<TActor, "role" | "districtCode">, districtCode: string): boolean {
  if (!isStaff(actor)) return false;
  return isPlatformAdmin(actor) || actor.districtCode === districtCode;
}

/** The districts a staff member's lists are limited to; undefined means all of them. */
export function districtScope(actor: Pick<TActor, "role" | "districtCode">): string | undefined {
  return isPlatformAdmin(actor) ? undefined : (actor.districtCode ?? "none");
}
