// Calendar dates (birth dates, issue dates, contract ends) travel as "YYYY-MM-DD" and are stored as DATE columns,
// which Prisma hands over as midnight UTC. These two keep that convention in one place.

/** "2026-11-22" → a Date at midnight UTC; empty → null. */
export function dateFromIso(value: string | null | undefined): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}

/** A DATE column's value → "2026-11-22"; null → null. */
export function isoFromDate(value: Date | null | undefined): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}
