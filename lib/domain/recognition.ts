// 认定 and 不重复资助, the pure parts: certificate numbers, validity periods, and which existing entitlements clash
// with the benefits about to be granted (same category, overlapping periods — any program, any district), with the
// higher amount named (从优、从高、不重复). Dates are "YYYY-MM-DD" China calendar dates; nothing here reads a clock.
import { referencePrefix } from "./reference-number";

// Certificate numbers: JA-RD-2026-00012 — the district's letters (as in reference numbers; SH for city-wide
// programs), RD for 认定 (so it is never mistaken for a reference number, which has the year second), the year of
// recognition, and a sequence per district and year, at least five digits. Sequential because a certificate is
// an official document that is counted and filed in order; the service hands out the next number under a lock.
const CERTIFICATE = /^([A-Z]{2})-RD-(\d{4})-(\d{5,})$/;

export function certificatePrefix(districtCode: string | null, year: number): string {
  return `${referencePrefix(districtCode)}-RD-${year}-`;
}

export function formatCertificateNo(districtCode: string | null, year: number, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`certificate sequence must be ≥ 1, got ${seq}`);
  return certificatePrefix(districtCode, year) + String(seq).padStart(5, "0");
}

/** The sequence part of a certificate number, or null when it is not one. */
export function certificateSeq(no: string | null | undefined): number | null {
  const m = CERTIFICATE.exec(no ?? "");
  return m ? Number(m[3]) : null;
}

/** The number after the highest one issued so far with this prefix (any list order). */
export function nextCertificateNo(districtCode: string | null, year: number, issued: readonly string[]): string {
  const prefix = certificatePrefix(districtCode, year);
  const highest = issued
    .filter((n) => n.startsWith(prefix))
    .map(certificateSeq)
    .reduce<number>((max, s) => (s !== null && s > max ? s : max), 0);
  return formatCertificateNo(districtCode, year, highest + 1);
}

/** The last day of a validity of `years` years from `from` (inclusive): 2026-03-13 + 3 → 2029-03-12. */
export function validUntilFrom(from: string, years: number): string {
  if (!Number.isInteger(years) || years < 1) throw new RangeError(`years must be ≥ 1, got ${years}`);
  const [y, m, d] = from.split("-").map(Number) as [number, number, number];
  // Date.UTC rolls 29 Feb into 1 March in a common year; one day earlier is then 28 Feb, as it should be.
  const end = new Date(Date.UTC(y + years, m - 1, d) - 24 * 60 * 60 * 1000);
  return end.toISOString().slice(0, 10);
}

export interface TPeriod {
  startsOn: string;
  /** Null: no end date (open-ended). */
  endsOn: string | null;
}

/** The days both periods cover (inclusive), or null when they do not meet. */
export function overlap(a: TPeriod, b: TPeriod): TPeriod | null {
  const startsOn = a.startsOn > b.startsOn ? a.startsOn : b.startsOn;
  const ends = [a.endsOn, b.endsOn].filter((e): e is string => e !== null).sort();
  const endsOn = ends[0] ?? null;
  return endsOn !== null && endsOn < startsOn ? null : { startsOn, endsOn };
}

export type TUnit = "ONCE" | "MONTH" | "YEAR";

export interface TAmount {
  amount: number | null;
  unit: string | null;
}

/**
 * Which of two amounts is higher (从高). Monthly and yearly amounts are compared per year; a one-off payment is not
 * comparable with a recurring one, and neither is a benefit without an amount (a service): the admin then judges.
 */
export function higherAmount(existing: TAmount, incoming: TAmount): "EXISTING" | "NEW" | "EQUAL" | "UNKNOWN" {
  const a = perYear(existing);
  const b = perYear(incoming);
  if (a === null || b === null || a.once !== b.once) return "UNKNOWN";
  if (a.value === b.value) return "EQUAL";
  return a.value > b.value ? "EXISTING" : "NEW";
}

function perYear({ amount, unit }: TAmount): { value: number; once: boolean } | null {
  if (amount === null) return null;
  if (unit === "MONTH") return { value: amount * 12, once: false };
  if (unit === "YEAR") return { value: amount, once: false };
  return { value: amount, once: true };
}

export interface TExistingEntitlement extends TPeriod, TAmount {
  id: string;
  category: string;
}

export interface TNewBenefit extends TAmount {
  category: string;
  name: string;
}

export interface TFundingConflict<E extends TExistingEntitlement, B extends TNewBenefit> {
  entitlement: E;
  benefit: B;
  category: string;
  overlaps: TPeriod;
  higher: ReturnType<typeof higherAmount>;
}

/**
 * Every (existing entitlement, new benefit) pair of the same category whose periods overlap the new validity period.
 * Pass only current entitlements (not ended). The number of distinct entitlements involved is what blocks recognition.
 */
export function fundingConflicts<E extends TExistingEntitlement, B extends TNewBenefit>(
  existing: readonly E[],
  benefits: readonly B[],
  period: TPeriod,
): TFundingConflict<E, B>[] {
  const conflicts: TFundingConflict<E, B>[] = [];
  for (const entitlement of existing) {
    const overlaps = overlap(entitlement, period);
    if (!overlaps) continue;
    for (const benefit of benefits) {
      if (benefit.category !== entitlement.category) continue;
      conflicts.push({
        entitlement,
        benefit,
        category: benefit.category,
        overlaps,
        higher: higherAmount(entitlement, benefit),
      });
    }
  }
  return conflicts;
}
