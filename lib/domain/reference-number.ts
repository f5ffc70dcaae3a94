// Application reference numbers (申报编号), e.g. JA-2026-7K3M9D: the district, the year of submission, five random
// characters and a check character. People read them out on the phone and type them into 进度查询, so the code uses
// no look-alike characters and a typo is caught before any lookup.
//
// Alphabet: 23 characters. Left out: 0 O, 1 I L, 2 Z, 5 S, 8 B (each confused with its partner), U (with V) and
// G (with 6). 23 is prime, which is what makes the check character strong: with distinct weights 1…11 modulo 23, a
// single wrong character in the year or code, and any swap of two characters within the code (adjacent or not, the
// check character included) or within the year, always changes the check.
//
// Five random characters give 23^5 ≈ 6.4 million numbers per district and year: the database's unique index decides,
// and the service draws again on the rare collision. A reference number is not a secret — access is checked on the
// application — so it needs to be unambiguous, not unguessable.
import type { TDistrictCode } from "./districts";

export const REFERENCE_ALPHABET = "34679ACDEFHJKMNPQRTVWXY";
const RANDOM_LENGTH = 5;

/** Enough random bytes for one number, with room for the bytes rejection sampling throws away. */
export const REFERENCE_RANDOM_BYTES = 16;

/** District prefixes (pinyin initials); typed by district so a new district cannot be forgotten here. */
export const REFERENCE_PREFIXES: Record<TDistrictCode, string> = {
  "310106": "JA", // 静安
  "310105": "CN", // 长宁
  "310112": "MH", // 闵行
  "310114": "JD", // 嘉定
};
/** City-wide programs (no district). */
export const CITY_PREFIX = "SH";

export const REFERENCE_MESSAGES = {
  empty: ["请输入申报编号", "Enter the reference number"],
  format: [
    "申报编号格式应为“区代码-年份-6位编码”，如 JA-2026-7K3M9D，请核对后重新输入",
    "A reference number looks like JA-2026-7K3M9D; please check it and try again",
  ],
  district: [
    "申报编号开头的区代码无效，请核对后重新输入",
    "The district letters at the start are not valid; please check them",
  ],
  characters: [
    "申报编号中不含数字0、1、2、5、8和字母O、I、L、Z、S、B、U、G，请核对后重新输入",
    "Reference numbers never contain 0, 1, 2, 5, 8, O, I, L, Z, S, B, U or G; please check and try again",
  ],
  checksum: [
    "申报编号有误（校验不通过），请核对每一位后重新输入",
    "This reference number has a typing mistake (the check character does not match); please check each character",
  ],
} as const;

export type TReferenceProblem = keyof typeof REFERENCE_MESSAGES;

export type TParsedReference =
  | { ok: true; value: string; districtCode: TDistrictCode | null; year: number }
  | { ok: false; code: TReferenceProblem; message: string; messageEn: string };

export function referencePrefix(districtCode: string | null): string {
  if (districtCode === null) return CITY_PREFIX;
  const prefix = (REFERENCE_PREFIXES as Record<string, string>)[districtCode];
  if (!prefix) throw new RangeError(`referencePrefix: no prefix for district ${districtCode}`);
  return prefix;
}

/**
 * A new reference number. Pure: the service passes `crypto.randomBytes(REFERENCE_RANDOM_BYTES)`. Bytes are used
 * without bias (those ≥ 253 = 11 × 23 are skipped); throws if they run out, which 16 bytes make vanishingly unlikely.
 */
export function generateReference(districtCode: string | null, year: number, randomBytes: Uint8Array): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`generateReference: year must have four digits, got ${year}`);
  }
  const prefix = referencePrefix(districtCode);
  const limit = REFERENCE_ALPHABET.length * Math.floor(256 / REFERENCE_ALPHABET.length);
  let code = "";
  for (const byte of randomBytes) {
    if (code.length === RANDOM_LENGTH) break;
    if (byte < limit) code += REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length];
  }
  if (code.length < RANDOM_LENGTH) throw new RangeError("generateReference: not enough random bytes");
  return `${prefix}-${year}-${code}${checkCharacter(prefix, String(year), code)}`;
}

/**
 * Reads a reference number as people type it: any case, full-width characters, spaces or dashes anywhere
 * ("ja 2026 7k3m9d"). Returns the canonical form.
 */
export function parseReference(input: string): TParsedReference {
  const compact = input
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-‐‑–—_]/g, "");
  if (compact === "") return problem("empty");
  const m = /^([A-Z]{2})(\d{4})([0-9A-Z]{6})$/.exec(compact);
  if (!m) return problem("format");
  const [, prefix, year, tail] = m as unknown as [string, string, string, string];

  const districtCode =
    prefix === CITY_PREFIX
      ? null
      : ((Object.keys(REFERENCE_PREFIXES) as TDistrictCode[]).find((c) => REFERENCE_PREFIXES[c] === prefix) ?? "");
  if (districtCode === "") return problem("district");
  if (![...tail].every((c) => REFERENCE_ALPHABET.includes(c))) return problem("characters");

  const code = tail.slice(0, RANDOM_LENGTH);
  if (tail[RANDOM_LENGTH] !== checkCharacter(prefix, year, code)) return problem("checksum");
  return { ok: true, value: `${prefix}-${year}-${tail}`, districtCode, year: Number(year) };
}

// Weighted sum modulo 23 over every character before the check: prefix letters as A=0…Z=25, year digits as
// themselves, code characters as their place in the alphabet; weights 1, 2, 3 … from the left.
function checkCharacter(prefix: string, year: string, code: string): string {
  const values = [
    ...[...prefix].map((c) => c.charCodeAt(0) - 65),
    ...[...year].map(Number),
    ...[...code].map((c) => REFERENCE_ALPHABET.indexOf(c)),
  ];
  const sum = values.reduce((acc, v, i) => acc + v * (i + 1), 0);
  return REFERENCE_ALPHABET[sum % REFERENCE_ALPHABET.length]!;
}

function problem(code: TReferenceProblem): TParsedReference {
  const [message, messageEn] = REFERENCE_MESSAGES[code];
  return { ok: false, code, message, messageEn };
}
