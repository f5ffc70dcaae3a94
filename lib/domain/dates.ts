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

// China has kept one offset (UTC+8) without daylight saving since 1991, so a fixed offset is exact for our dates.
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar date ("YYYY-MM-DD") in China at the given instant: what "today" means for ages and deadlines. */
export function chinaCalendarDate(instant: Date): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError("Invalid Date");
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whole months from one ISO date to a later one (2026-01-31 → 2026-02-28 is 0; → 2026-03-01 is 1); negative when `to` is earlier. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm);
  if (months > 0 && td < fd) return months - 1;
  if (months < 0 && td > fd) return months + 1;
  return months;
}
