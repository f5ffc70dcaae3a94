import { describe, expect, it } from "vitest";
import {
  certificateSeq,
  formatCertificateNo,
  fundingConflicts,
  higherAmount,
  nextCertificateNo,
  overlap,
  validUntilFrom,
} from "@/lib/domain/recognition";
import { parseReference } from "@/lib/domain/reference-number";

describe("certificate numbers", () => {
  it("are district letters, RD, year and a padded sequence", () => {
    expect(formatCertificateNo("310106", 2026, 12)).toBe("JA-RD-2026-00012");
    expect(formatCertificateNo(null, 2026, 1)).toBe("SH-RD-2026-00001");
    expect(formatCertificateNo("310105", 2026, 123456)).toBe("CN-RD-2026-123456");
    expect(() => formatCertificateNo("310106", 2026, 0)).toThrow(RangeError);
    expect(certificateSeq("JA-RD-2026-00012")).toBe(12);
    expect(certificateSeq("JA-2026-7K3M9D")).toBeNull();
  });
  it("are never taken for reference numbers", () => {
    expect(parseReference("JA-RD-2026-00012").ok).toBe(false);
  });
  it("follow the highest of the same district and year, numerically", () => {
    expect(nextCertificateNo("310106", 2026, [])).toBe("JA-RD-2026-00001");
    expect(
      nextCertificateNo("310106", 2026, [
        "JA-RD-2026-99999",
        "JA-RD-2026-100000",
        "JA-RD-2025-200000",
        "CN-RD-2026-300000",
      ]),
    ).toBe("JA-RD-2026-100001");
  });
});

describe("validity", () => {
  it("runs for whole years, ending the day before the anniversary", () => {
    expect(validUntilFrom("2026-03-13", 3)).toBe("2029-03-12");
    expect(validUntilFrom("2026-01-01", 1)).toBe("2026-12-31");
    expect(validUntilFrom("2028-02-29", 1)).toBe("2029-02-28");
    expect(() => validUntilFrom("2026-01-01", 0)).toThrow(RangeError);
  });
});

describe("overlap", () => {
  it("is the shared days, inclusive; open ends run forever", () => {
    expect(overlap({ startsOn: "2026-01-01", endsOn: "2026-06-30" }, { startsOn: "2026-06-30", endsOn: null })).toEqual(
      {
        startsOn: "2026-06-30",
        endsOn: "2026-06-30",
      },
    );
    expect(
      overlap({ startsOn: "2026-01-01", endsOn: "2026-06-29" }, { startsOn: "2026-06-30", endsOn: null }),
    ).toBeNull();
    expect(overlap({ startsOn: "2020-01-01", endsOn: null }, { startsOn: "2026-06-30", endsOn: "2029-06-29" })).toEqual(
      {
        startsOn: "2026-06-30",
        endsOn: "2029-06-29",
      },
    );
  });
});

describe("从高: which amount is higher", () => {
  it("compares monthly and yearly amounts per year", () => {
    expect(higherAmount({ amount: 2000, unit: "MONTH" }, { amount: 20000, unit: "YEAR" })).toBe("EXISTING");
    expect(higherAmount({ amount: 1000, unit: "MONTH" }, { amount: 12000, unit: "YEAR" })).toBe("EQUAL");
    expect(higherAmount({ amount: 100, unit: "ONCE" }, { amount: 200, unit: null })).toBe("NEW");
  });
  it("does not compare a one-off payment with a recurring one, or anything without an amount", () => {
    expect(higherAmount({ amount: 5_000_000, unit: "ONCE" }, { amount: 20000, unit: "MONTH" })).toBe("UNKNOWN");
    expect(higherAmount({ amount: null, unit: null }, { amount: 1, unit: "ONCE" })).toBe("UNKNOWN");
  });
});

describe("funding conflicts", () => {
  const period = { startsOn: "2026-03-13", endsOn: "2029-03-12" };
  const held = [
    { id: "a", category: "AWARD", amount: 300000, unit: "YEAR", startsOn: "2025-01-01", endsOn: "2026-12-31" },
    { id: "b", category: "HOUSING", amount: 3000, unit: "MONTH", startsOn: "2024-01-01", endsOn: null },
    { id: "c", category: "AWARD", amount: 1, unit: "ONCE", startsOn: "2020-01-01", endsOn: "2026-03-12" },
  ];
  it("pairs each overlapping entitlement with the new benefits of its category", () => {
    const found = fundingConflicts(
      held,
      [
        { category: "AWARD", name: "人才资助", amount: 500000, unit: "YEAR" },
        { category: "SERVICE", name: "医疗绿色通道", amount: null, unit: null },
      ],
      period,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      entitlement: { id: "a" },
      benefit: { name: "人才资助" },
      overlaps: { startsOn: "2026-03-13", endsOn: "2026-12-31" },
      higher: "NEW",
    });
  });
  it("finds nothing for categories the talent does not hold", () => {
    expect(fundingConflicts(held, [{ category: "SERVICE", name: "x", amount: null, unit: null }], period)).toEqual([]);
  });
});
