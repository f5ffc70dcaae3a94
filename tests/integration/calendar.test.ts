import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dateFromIso } from "@/lib/domain/dates";
import { addWorkingDays, CHINA_2026 } from "@/lib/domain/working-days";
import { workingCalendarNow } from "@/lib/server/calendar";
import { seedCalendar } from "../../prisma/seed";

describe("the working-day calendar kept in the database", () => {
  it("falls back to the 2026 official schedule while the table is empty", async () => {
    expect(await workingCalendarNow(db)).toBe(CHINA_2026);
  });

  it("counts with the table's holidays and make-up working days once there are any", async () => {
    await seedCalendar();
    const seeded = await workingCalendarNow(db);
    // Five working days from Wednesday 2026-09-30 run over 国庆 and the make-up Saturday 2026-10-10.
    expect(addWorkingDays("2026-09-30", 5, seeded)).toBe(addWorkingDays("2026-09-30", 5, CHINA_2026));
    expect(addWorkingDays("2026-09-30", 1, seeded)).toBe("2026-10-08");

    // A district closes an extra day: deadlines move with it.
    await db.calendarDay.create({
      data: { date: dateFromIso("2026-12-01")!, kind: "HOLIDAY", name: "示例：区里调整" },
    });
    expect(addWorkingDays("2026-11-30", 1, await workingCalendarNow(db))).toBe("2026-12-02");
  });
});
