// Working days in mainland China, for notice periods (公示) and deadlines. Dates are "YYYY-MM-DD" calendar dates in
// China time (see chinaCalendarDate in ./dates); nothing here looks at a clock.
//
// A day is a working day when it is a make-up working day (调休上班, usually a Saturday or Sunday), or else when it
// is Monday to Friday and not a public holiday. The holiday and make-up lists come from the State Council's yearly
// notice; the service keeps them in the database so an admin can add next year's without a release.
//
// Conventions (the same in every function):
// - addWorkingDays(start, n): the n-th working day AFTER start; start itself never counts. n = 0 gives start.
// - workingDaysBetween(a, b): working days in (a, b], so workingDaysBetween(a, addWorkingDays(a, n)) === n.
// - noticePeriod(first, n): a public notice of n working days counts its first day when that is a working day
//   (a notice published on a working day runs from that day); published on a rest day, it starts on the next
//   working day. It ends at the end of its last day; it is over from the next calendar day on. Example: 5 working
//   days published on Friday 2026-03-06 run Fri 6, Mon 9, Tue 10, Wed 11, Thu 12 March; recognition is possible
//   from Friday 13 March.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface TWorkingCalendar {
  /** Public holidays (放假), including those that fall on a weekend. */
  readonly holidays: ReadonlySet<string>;
  /** Make-up working days (调休上班): weekend days that are worked. */
  readonly makeUpWorkdays: ReadonlySet<string>;
}

/**
 * A calendar from ISO date lists. Throws on a date that is not a real "YYYY-MM-DD" date, or one listed both as a
 * holiday and as a make-up working day, so a typo in the holiday table fails loudly instead of moving a deadline.
 */
export function workingCalendar(
  lists: { holidays?: readonly string[]; makeUpWorkdays?: readonly string[] } = {},
): TWorkingCalendar {
  const holidays = new Set(lists.holidays ?? []);
  const makeUpWorkdays = new Set(lists.makeUpWorkdays ?? []);
  for (const day of [...holidays, ...makeUpWorkdays]) dayNumber(day);
  const both = [...holidays].filter((d) => makeUpWorkdays.has(d));
  if (both.length > 0) {
    throw new RangeError(`working calendar: ${both.join(", ")} listed as both holiday and make-up working day`);
  }
  return { holidays, makeUpWorkdays };
}

/** Weekends only: for tests, and for a deployment that has not entered any holidays yet. */
export const WEEKENDS_ONLY: TWorkingCalendar = workingCalendar();

// 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04, published by Xinhua). Every day off is listed, weekend days
// inside a holiday block included; the make-up days are the Saturdays and Sundays the notice says are worked.
export const CHINA_2026_HOLIDAYS: readonly string[] = [
  ...range("2026-01-01", "2026-01-03"), // 元旦
  ...range("2026-02-15", "2026-02-23"), // 春节
  ...range("2026-04-04", "2026-04-06"), // 清明节
  ...range("2026-05-01", "2026-05-05"), // 劳动节
  ...range("2026-06-19", "2026-06-21"), // 端午节
  ...range("2026-09-25", "2026-09-27"), // 中秋节
  ...range("2026-10-01", "2026-10-07"), // 国庆节
];
export const CHINA_2026_MAKE_UP_WORKDAYS: readonly string[] = [
  "2026-01-04",
  "2026-02-14",
  "2026-02-28",
  "2026-05-09",
  "2026-09-20",
  "2026-10-10",
];

/** The official 2026 calendar. Dates outside 2026 fall back to plain weekends: add later years as they are announced. */
export const CHINA_2026: TWorkingCalendar = workingCalendar({
  holidays: CHINA_2026_HOLIDAYS,
  makeUpWorkdays: CHINA_2026_MAKE_UP_WORKDAYS,
});

export function isWorkingDay(date: string, calendar: TWorkingCalendar): boolean {
  const n = dayNumber(date);
  if (calendar.makeUpWorkdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const weekday = weekdayOf(n);
  return weekday !== 0 && weekday !== 6;
}

/** The n-th working day after `start` (start excluded); n = 0 gives `start`. */
export function addWorkingDays(start: string, n: number, calendar: TWorkingCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a whole number ≥ 0, got ${n}`);
  let day = dayNumber(start);
  let left = n;
  while (left > 0) {
    day += 1;
    if (isWorkingDay(isoOf(day), calendar)) left -= 1;
  }
  return isoOf(day);
}

/** Working days in (a, b]: after a, up to and including b. Negative when b is before a. */
export function workingDaysBetween(a: string, b: string, calendar: TWorkingCalendar): number {
  const from = dayNumber(a);
  const to = dayNumber(b);
  if (to < from) return -workingDaysBetween(b, a, calendar);
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (isWorkingDay(isoOf(day), calendar)) count += 1;
  return count;
}

/** The first working day on or after `date`. */
export function nextWorkingDayFrom(date: string, calendar: TWorkingCalendar): string {
  return isWorkingDay(date, calendar) ? date : addWorkingDays(date, 1, calendar);
}

/**
 * A public notice of `days` working days published on `published` (China date): its first and last day. See the
 * conventions at the top of the file.
 */
export function noticePeriod(
  published: string,
  days: number,
  calendar: TWorkingCalendar,
): { firstDay: string; lastDay: string } {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`noticePeriod: days must be a whole number ≥ 1, got ${days}`);
  const firstDay = nextWorkingDayFrom(published, calendar);
  return { firstDay, lastDay: addWorkingDays(firstDay, days - 1, calendar) };
}

/** Whether a notice whose last day is `lastDay` is over on `today` (China date): from the next calendar day on. */
export function noticeHasEnded(lastDay: string, today: string): boolean {
  return dayNumber(today) > dayNumber(lastDay);
}

// Days since 1970-01-01, so walking the calendar is integer arithmetic with no time zone in sight.
function dayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (Number.isNaN(ms) || isoOf(ms / DAY_MS) !== date) {
    throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  }
  return ms / DAY_MS;
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function range(first: string, last: string): string[] {
  const days: string[] = [];
  for (let d = dayNumber(first); d <= dayNumber(last); d++) days.push(isoOf(d));
  return days;
}
