import { describe, expect, it } from "vitest";
import {
  CHINA_2026,
  CHINA_2026_HOLIDAYS,
  CHINA_2026_MAKE_UP_WORKDAYS,
  WEEKENDS_ONLY,
  addWorkingDays,
  isWorkingDay,
  nextWorkingDayFrom,
  noticeHasEnded,
  noticePeriod,
  workingCalendar,
  workingDaysBetween,
} from "../../lib/domain/working-days";

// Independent of the module: JavaScript's own weekday of a UTC midnight.
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe("isWorkingDay", () => {
  it("works Monday to Friday and rests at weekends", () => {
    // 2026-03-02 is a Monday.
    const week = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"];
    expect(week.map((d) => isWorkingDay(d, WEEKENDS_ONLY))).toEqual([true, true, true, true, true, false, false]);
  });

  it("rests on public holidays and works on make-up days", () => {
    const calendar = workingCalendar({ holidays: ["2026-03-04"], makeUpWorkdays: ["2026-03-07"] });
    expect(isWorkingDay("2026-03-04", calendar)).toBe(false);
    expect(isWorkingDay("2026-03-07", calendar)).toBe(true);
    expect(isWorkingDay("2026-03-08", calendar)).toBe(false);
  });

  it("refuses what is not a calendar date", () => {
    for (const bad of ["2026-02-29", "2026-2-3", "2026-13-01", "20260303", "", "2026-03-03T00:00:00Z"]) {
      expect(() => isWorkingDay(bad, WEEKENDS_ONLY), bad).toThrow(RangeError);
    }
  });
});

describe("addWorkingDays", () => {
  it("does not count the start day", () => {
    expect(addWorkingDays("2026-03-02", 1, WEEKENDS_ONLY)).toBe("2026-03-03");
    expect(addWorkingDays("2026-03-02", 0, WEEKENDS_ONLY)).toBe("2026-03-02");
    expect(addWorkingDays("2026-03-07", 0, WEEKENDS_ONLY)).toBe("2026-03-07");
  });

  it("crosses a weekend", () => {
    expect(addWorkingDays("2026-03-06", 1, WEEKENDS_ONLY)).toBe("2026-03-09");
    expect(addWorkingDays("2026-03-06", 5, WEEKENDS_ONLY)).toBe("2026-03-13");
    expect(addWorkingDays("2026-03-07", 1, WEEKENDS_ONLY)).toBe("2026-03-09");
  });

  it("crosses the National Day week and counts the make-up Saturday after it", () => {
    // Wed 30 Sep → (1–7 Oct off) → Thu 8, Fri 9, Sat 10 (worked), Mon 12.
    expect(addWorkingDays("2026-09-30", 1, CHINA_2026)).toBe("2026-10-08");
    expect(addWorkingDays("2026-09-30", 3, CHINA_2026)).toBe("2026-10-10");
    expect(addWorkingDays("2026-09-30", 4, CHINA_2026)).toBe("2026-10-12");
  });

  it("crosses a year end", () => {
    expect(addWorkingDays("2026-12-31", 1, WEEKENDS_ONLY)).toBe("2027-01-01");
  });

  it("refuses a negative or fractional count", () => {
    expect(() => addWorkingDays("2026-03-02", -1, WEEKENDS_ONLY)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-03-02", 1.5, WEEKENDS_ONLY)).toThrow(RangeError);
  });
});

describe("workingDaysBetween", () => {
  it("counts the days after a, up to and including b", () => {
    expect(workingDaysBetween("2026-03-06", "2026-03-09", WEEKENDS_ONLY)).toBe(1);
    expect(workingDaysBetween("2026-03-06", "2026-03-06", WEEKENDS_ONLY)).toBe(0);
    expect(workingDaysBetween("2026-03-02", "2026-03-09", WEEKENDS_ONLY)).toBe(5);
    expect(workingDaysBetween("2026-03-09", "2026-03-06", WEEKENDS_ONLY)).toBe(-1);
  });

  it("is the inverse of addWorkingDays", () => {
    for (const calendar of [WEEKENDS_ONLY, CHINA_2026]) {
      for (let start = 0; start < 60; start += 3) {
        const a = addDays("2026-09-01", start);
        for (let n = 0; n <= 15; n++) {
          expect(workingDaysBetween(a, addWorkingDays(a, n, calendar), calendar), `${a} + ${n}`).toBe(n);
        }
      }
    }
  });

  it("finds 248 working days in 2026 under the official calendar", () => {
    // 261 weekdays − 19 holidays on weekdays + 6 make-up days.
    expect(workingDaysBetween("2025-12-31", "2026-12-31", WEEKENDS_ONLY)).toBe(261);
    expect(workingDaysBetween("2025-12-31", "2026-12-31", CHINA_2026)).toBe(248);
  });
});

describe("noticePeriod", () => {
  it("counts a working publication day as the first day (5 days from a Friday end on Thursday)", () => {
    expect(noticePeriod("2026-03-06", 5, WEEKENDS_ONLY)).toEqual({ firstDay: "2026-03-06", lastDay: "2026-03-12" });
  });

  it("starts on the next working day when published on a rest day", () => {
    expect(noticePeriod("2026-03-07", 5, WEEKENDS_ONLY)).toEqual({ firstDay: "2026-03-09", lastDay: "2026-03-13" });
    // Published on National Day: Thu 8, Fri 9, Sat 10 (worked), Mon 12, Tue 13 October.
    expect(noticePeriod("2026-10-01", 5, CHINA_2026)).toEqual({ firstDay: "2026-10-08", lastDay: "2026-10-13" });
  });

  it("runs through a holiday week and a make-up Saturday", () => {
    // Tue 29 Sep, Wed 30 Sep, (National Day), Thu 8, Fri 9, Sat 10 Oct (worked).
    expect(noticePeriod("2026-09-29", 5, CHINA_2026)).toEqual({ firstDay: "2026-09-29", lastDay: "2026-10-10" });
    // Without the holiday calendar the same notice would end on Monday 5 October.
    expect(noticePeriod("2026-09-29", 5, WEEKENDS_ONLY).lastDay).toBe("2026-10-05");
    // Fri 13 Feb, Sat 14 Feb (worked), (Spring Festival 15–23), Tue 24 Feb.
    expect(noticePeriod("2026-02-13", 3, CHINA_2026)).toEqual({ firstDay: "2026-02-13", lastDay: "2026-02-24" });
  });

  it("is one day long when it lasts one working day", () => {
    expect(noticePeriod("2026-03-06", 1, WEEKENDS_ONLY)).toEqual({ firstDay: "2026-03-06", lastDay: "2026-03-06" });
    expect(() => noticePeriod("2026-03-06", 0, WEEKENDS_ONLY)).toThrow(RangeError);
  });

  it("is over from the calendar day after its last day", () => {
    expect(noticeHasEnded("2026-03-12", "2026-03-11")).toBe(false);
    expect(noticeHasEnded("2026-03-12", "2026-03-12")).toBe(false);
    expect(noticeHasEnded("2026-03-12", "2026-03-13")).toBe(true);
  });

  it("knows the next working day", () => {
    expect(nextWorkingDayFrom("2026-03-06", WEEKENDS_ONLY)).toBe("2026-03-06");
    expect(nextWorkingDayFrom("2026-03-08", WEEKENDS_ONLY)).toBe("2026-03-09");
    expect(nextWorkingDayFrom("2026-02-15", CHINA_2026)).toBe("2026-02-24");
  });
});

describe("workingCalendar", () => {
  it("refuses malformed dates in its lists", () => {
    expect(() => workingCalendar({ holidays: ["2026-02-30"] })).toThrow(RangeError);
    expect(() => workingCalendar({ makeUpWorkdays: ["2026/02/14"] })).toThrow(RangeError);
  });

  it("refuses a date that is both a holiday and a make-up day", () => {
    expect(() => workingCalendar({ holidays: ["2026-02-14"], makeUpWorkdays: ["2026-02-14"] })).toThrow(/2026-02-14/);
  });
});

describe("the 2026 schedule (国务院办公厅, 2025-11-04)", () => {
  it("has the holiday blocks the notice gives, starting and ending on the weekdays it names", () => {
    const blocks: [string, string, number, number, number][] = [
      // first day, last day, length, weekday of first, weekday of last (0 = Sunday)
      ["2026-01-01", "2026-01-03", 3, 4, 6],
      ["2026-02-15", "2026-02-23", 9, 0, 1],
      ["2026-04-04", "2026-04-06", 3, 6, 1],
      ["2026-05-01", "2026-05-05", 5, 5, 2],
      ["2026-06-19", "2026-06-21", 3, 5, 0],
      ["2026-09-25", "2026-09-27", 3, 5, 0],
      ["2026-10-01", "2026-10-07", 7, 4, 3],
    ];
    expect(CHINA_2026_HOLIDAYS).toHaveLength(blocks.reduce((sum, b) => sum + b[2], 0));
    for (const [first, last, length, wdFirst, wdLast] of blocks) {
      expect(CHINA_2026_HOLIDAYS).toContain(first);
      expect(CHINA_2026_HOLIDAYS).toContain(last);
      for (let i = 0; i < length; i++) expect(CHINA_2026_HOLIDAYS).toContain(addDays(first, i));
      expect([weekday(first), weekday(last)]).toEqual([wdFirst, wdLast]);
    }
  });

  it("has make-up working days only on weekends", () => {
    expect(CHINA_2026_MAKE_UP_WORKDAYS.map(weekday)).toEqual([0, 6, 6, 6, 0, 6]);
    for (const day of CHINA_2026_MAKE_UP_WORKDAYS) expect(isWorkingDay(day, CHINA_2026)).toBe(true);
    for (const day of CHINA_2026_HOLIDAYS) expect(isWorkingDay(day, CHINA_2026)).toBe(false);
  });
});

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
