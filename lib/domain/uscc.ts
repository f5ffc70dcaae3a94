// Unified social credit code (统一社会信用代码), GB 32100-2015.
// Layout: 1 registration-authority code, 1 organisation-type code,
// 6 administrative-division digits, 9 organisation identifier chars, 1 check char.

export type ParsedUscc = { ok: true; value: string } | { ok: false; error: string; code: keyof typeof USCC_MESSAGES };

// The standard drops I, O, S, V and Z because they are easily confused with
// 1, 0, 5, U and 2; a character's value is its index in this string.
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// Weight i is 3^i mod 31.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

// Registration authorities listed in the standard and its amendments
// (1 机构编制, 5 民政, 9 工商/市场监管, Y 其他, plus the later-assigned ones).
const AUTHORITY_CODES = "123456789ANY";

const CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export const USCC_MESSAGES = {
  empty: "请输入统一社会信用代码",
  length: "统一社会信用代码应为18位，请核对后重新输入",
  characters: "统一社会信用代码只能包含数字和大写字母（不使用I、O、S、V、Z），请核对后重新输入",
  authority: "统一社会信用代码第1位登记管理部门代码无效，请核对后重新输入",
  division: "统一社会信用代码第3至8位应为数字行政区划代码，请核对后重新输入",
  checksum: "统一社会信用代码校验位不正确，请核对后重新输入",
} as const;

export function parseUscc(input: string): ParsedUscc {
  const value = input.trim().toUpperCase();
  if (value === "") return { ok: false, error: USCC_MESSAGES.empty, code: "empty" };
  if (value.length !== 18) return { ok: false, error: USCC_MESSAGES.length, code: "length" };
  if (!CODE_PATTERN.test(value)) return { ok: false, error: USCC_MESSAGES.characters, code: "characters" };
  if (!AUTHORITY_CODES.includes(value[0]!)) return { ok: false, error: USCC_MESSAGES.authority, code: "authority" };
  if (!/^\d{6}$/.test(value.slice(2, 8))) return { ok: false, error: USCC_MESSAGES.division, code: "division" };
  if (value[17] !== usccCheckChar(value.slice(0, 17))) {
    return { ok: false, error: USCC_MESSAGES.checksum, code: "checksum" };
  }
  return { ok: true, value };
}

/**
 * Check character for the first 17 characters of a code. Throws on input that
 * is not 17 characters from the code alphabet, so callers building demo data
 * cannot silently produce codes that parseUscc would reject.
 */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) {
    throw new RangeError(`usccCheckChar: expected 17 characters, got ${first17.length}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const charValue = ALPHABET.indexOf(first17[i]!);
    if (charValue === -1) {
      throw new RangeError(`usccCheckChar: invalid character "${first17[i]}" at position ${i + 1}`);
    }
    sum += charValue * WEIGHTS[i]!;
  }
  const check = 31 - (sum % 31);
  return ALPHABET[check === 31 ? 0 : check]!;
}
