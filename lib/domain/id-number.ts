import { chinaCalendarDate } from "./dates";
// Chinese resident identity number (居民身份证号码), GB 11643-1999.
// Only the 18-character second-generation number is accepted: the portal
// needs the full four-digit birth year and a checksum, which the old
// 15-digit numbers lack.

export type ParsedIdNumber =
  | {
      ok: true;
      value: string;
      /** YYYY-MM-DD */
      birthDate: string;
      sex: "M" | "F";
      regionCode: string;
    }
  | { ok: false; error: string; code: keyof typeof ID_NUMBER_MESSAGES };

// GB/T 2260 province-level codes. 71/81/82 cover Taiwan, Hong Kong and Macao
// (including residence permits for HK/Macao residents) and 83 is used for
// residence permits issued to Taiwan residents, so those holders can register.
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  "11",
  "12",
  "13",
  "14",
  "15",
  "21",
  "22",
  "23",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "37",
  "41",
  "42",
  "43",
  "44",
  "45",
  "46",
  "50",
  "51",
  "52",
  "53",
  "54",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "81",
  "82",
  "83",
]);

// Weight i is 2^(17-i) mod 11, as defined by ISO 7064 MOD 11-2.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = "10X98765432";

const EARLIEST_BIRTH_DATE = "1900-01-01";

// The portal serves mainland district governments, so "today" is the calendar date in China (chinaCalendarDate),
// not the server's local zone: validation is identical on UTC servers and developer machines.
export const ID_NUMBER_MESSAGES = {
  empty: "请输入身份证号",
  fifteenDigit: "仅支持18位第二代居民身份证号码，请输入18位身份证号",
  length: "身份证号应为18位，请核对后重新输入",
  characters: "身份证号前17位应为数字，最后一位应为数字或字母X",
  province: "身份证号前两位地区代码无效，请核对后重新输入",
  birthDateInvalid: "身份证号中的出生日期无效，请核对后重新输入",
  birthDateTooEarly: "身份证号中的出生日期早于1900年，请核对后重新输入",
  birthDateFuture: "身份证号中的出生日期晚于今天，请核对后重新输入",
  checksum: "身份证号校验位不正确，请核对后重新输入",
} as const;

export function parseIdNumber(input: string, options: { now?: Date } = {}): ParsedIdNumber {
  const trimmed = input.trim();
  if (trimmed === "") return { ok: false, error: ID_NUMBER_MESSAGES.empty, code: "empty" };

  if (/^\d{15}$/.test(trimmed)) return { ok: false, error: ID_NUMBER_MESSAGES.fifteenDigit, code: "fifteenDigit" };
  if (trimmed.length !== 18) return { ok: false, error: ID_NUMBER_MESSAGES.length, code: "length" };

  // Users commonly type the check character in lower case; it is the same X.
  const value = trimmed.endsWith("x") ? `${trimmed.slice(0, 17)}X` : trimmed;
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, error: ID_NUMBER_MESSAGES.characters, code: "characters" };

  if (!PROVINCE_CODES.has(value.slice(0, 2)))
    return { ok: false, error: ID_NUMBER_MESSAGES.province, code: "province" };

  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (!isCalendarDate(year, month, day)) {
    return { ok: false, error: ID_NUMBER_MESSAGES.birthDateInvalid, code: "birthDateInvalid" };
  }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  // ISO dates of equal width compare correctly as strings.
  if (birthDate < EARLIEST_BIRTH_DATE) {
    return { ok: false, error: ID_NUMBER_MESSAGES.birthDateTooEarly, code: "birthDateTooEarly" };
  }
  if (birthDate > chinaCalendarDate(options.now ?? new Date())) {
    return { ok: false, error: ID_NUMBER_MESSAGES.birthDateFuture, code: "birthDateFuture" };
  }

  if (value[17] !== idNumberCheckChar(value))
    return { ok: false, error: ID_NUMBER_MESSAGES.checksum, code: "checksum" };

  // The 17th character is the sequence code's last digit: odd for men, even for women.
  const sex = Number(value[16]) % 2 === 1 ? "M" : "F";
  return { ok: true, value, birthDate, sex, regionCode: value.slice(0, 6) };
}

/**
 * Age in completed years on the China-time calendar date of `on`.
 * Someone born on 29 February turns a year older on 1 March in common years.
 * Returns a negative number when `on` is before the birth date.
 */
export function ageOn(birthDate: string, on: Date): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (match === null || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    // A malformed date would otherwise produce a plausible-looking wrong age.
    throw new RangeError(`ageOn: invalid birth date "${birthDate}"`);
  }
  const birthYear = Number(match[1]);
  const birthMonthDay = `${match[2]}-${match[3]}`;

  const today = chinaCalendarDate(on);
  const years = Number(today.slice(0, 4)) - birthYear;
  return today.slice(5) < birthMonthDay ? years - 1 : years;
}

/** The GB 11643 check character for the first 17 digits; also builds valid demo numbers. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
