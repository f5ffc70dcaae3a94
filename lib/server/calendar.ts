import "server-only";
import type { db } from "@/lib/db";
import { isoFromDate } from "@/lib/domain/dates";
import { CHINA_2026, workingCalendar, type TWorkingCalendar } from "@/lib/domain/working-days";

/**
 * The working-day calendar the portal counts deadlines with (公示 periods): the exceptions kept in CalendarDay
 * (holidays on weekdays, 调休 weekend working days). An empty table means nobody has entered any yet, and the
 * built-in 2026 official schedule is used rather than weekends alone.
 */
export async function workingCalendarNow(client: Pick<typeof db, "calendarDay">): Promise<TWorkingCalendar> {
  const days = await client.calendarDay.findMany({ select: { date: true, kind: true } });
  if (days.length === 0) return CHINA_2026;
  return workingCalendar({
    holidays: days.filter((d) => d.kind === "HOLIDAY").map((d) => isoFromDate(d.date)!),
    makeUpWorkdays: days.filter((d) => d.kind === "WORKDAY").map((d) => isoFromDate(d.date)!),
  });
}
