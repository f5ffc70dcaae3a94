import { describe, expect, it } from "vitest";
import { ageOn, parseIdNumber } from "../../lib/domain/id-number";

// Independent derivation of the GB 11643 check character: weight i is
// 2^(17-i) mod 11, rather than the literal weight table used in the code.
function withCheck(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`bad test input ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  return first17 + "10X98765432"[sum % 11];
}

// First 17 digits for a given region code, birth date (YYYYMMDD) and sequence.
function id(region: string, yyyymmdd: string, seq = "123"): string {
  return withCheck(region + yyyymmdd + seq);
}

/** Replaces the check character with a wrong one. */
function breakCheck(valid: string): string {
  const wrong = valid[17] === "0" ? "1" : "0";
  return valid.slice(0, 17) + wrong;
}

const NOW = new Date("2024-06-15T04:00:00Z"); // 2024-06-15 12:00 in China

const MSG = {
  empty: "请输入身份证号",
  fifteenDigit: "仅支持18位第二代居民身份证号码，请输入18位身份证号",
  length: "身份证号应为18位，请核对后重新输入",
  characters: "身份证号前17位应为数字，最后一位应为数字或字母X",
  province: "身份证号前两位地区代码无效，请核对后重新输入",
  birthDateInvalid: "身份证号中的出生日期无效，请核对后重新输入",
  birthDateTooEarly: "身份证号中的出生日期早于1900年，请核对后重新输入",
  birthDateFuture: "身份证号中的出生日期晚于今天，请核对后重新输入",
  checksum: "身份证号校验位不正确，请核对后重新输入",
};

describe("test helper", () => {
  it("reproduces the examples printed in GB 11643-1999", () => {
    expect(withCheck("11010519491231002")).toBe("11010519491231002X");
    expect(withCheck("44052418800101001")).toBe("440524188001010014");
  });
});

describe("parseIdNumber – valid numbers", () => {
  it("parses the standard example with an X check character", () => {
    expect(parseIdNumber("11010519491231002X", { now: NOW })).toEqual({
      ok: true,
      value: "11010519491231002X",
      birthDate: "1949-12-31",
      sex: "F",
      regionCode: "110105",
    });
  });

  it("parses a computed number with a digit check character", () => {
    const value = id("310101", "19900101", "123");
    expect(value).toBe("310101199001011234");
    expect(parseIdNumber(value, { now: NOW })).toEqual({
      ok: true,
      value: "310101199001011234",
      birthDate: "1990-01-01",
      sex: "M",
      regionCode: "310101",
    });
  });

  it("derives sex from the 17th digit: odd is M, even is F", () => {
    for (const d of "0123456789") {
      const result = parseIdNumber(id("440305", "19851120", `01${d}`), { now: NOW });
      expect(result.ok && result.sex).toBe(Number(d) % 2 === 1 ? "M" : "F");
    }
  });

  it("upper-cases a trailing lower-case x", () => {
    const result = parseIdNumber("11010519491231002x", { now: NOW });
    expect(result).toMatchObject({ ok: true, value: "11010519491231002X" });
  });

  it("trims surrounding whitespace, including full-width spaces", () => {
    expect(parseIdNumber("  11010519491231002X\t\n", { now: NOW })).toMatchObject({
      ok: true,
      value: "11010519491231002X",
    });
    expect(parseIdNumber("\u300011010519491231002x\u3000", { now: NOW })).toMatchObject({
      ok: true,
      value: "11010519491231002X",
    });
  });

  it("accepts 29 February in a leap year (2000 is divisible by 400)", () => {
    expect(parseIdNumber(id("110101", "20000229"), { now: NOW })).toMatchObject({
      ok: true,
      birthDate: "2000-02-29",
    });
    expect(parseIdNumber(id("110101", "20200229"), { now: NOW })).toMatchObject({
      ok: true,
      birthDate: "2020-02-29",
    });
  });

  it("accepts the earliest allowed date, 1900-01-01", () => {
    expect(parseIdNumber(id("110101", "19000101"), { now: NOW })).toMatchObject({
      ok: true,
      birthDate: "1900-01-01",
    });
  });

  it("accepts a birth date of today (China time)", () => {
    expect(parseIdNumber(id("110101", "20240615"), { now: NOW })).toMatchObject({
      ok: true,
      birthDate: "2024-06-15",
    });
  });

  it("uses the China calendar date of `now`, not UTC", () => {
    // 2024-06-15T16:30Z is already 2024-06-16 00:30 in Beijing.
    const lateUtc = new Date("2024-06-15T16:30:00Z");
    expect(parseIdNumber(id("110101", "20240616"), { now: lateUtc }).ok).toBe(true);
    const earlyUtc = new Date("2024-06-15T15:59:59Z");
    expect(parseIdNumber(id("110101", "20240616"), { now: earlyUtc })).toEqual({
      ok: false,
      error: MSG.birthDateFuture,
      code: "birthDateFuture",
    });
  });

  it("defaults `now` to the current time", () => {
    expect(parseIdNumber(id("110101", "19900101")).ok).toBe(true);
    expect(parseIdNumber(id("110101", "29990101"))).toEqual({
      ok: false,
      error: MSG.birthDateFuture,
      code: "birthDateFuture",
    });
  });

  it("accepts every listed province code, including 71, 81, 82 and 83", () => {
    const codes = [
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
    ];
    for (const code of codes) {
      const result = parseIdNumber(id(`${code}0000`, "19900101"), { now: NOW });
      expect(result, code).toMatchObject({ ok: true, regionCode: `${code}0000` });
    }
  });
});

describe("parseIdNumber – errors", () => {
  it("asks for input when empty or blank", () => {
    expect(parseIdNumber("")).toEqual({ ok: false, error: MSG.empty, code: "empty" });
    expect(parseIdNumber("   \t ")).toEqual({ ok: false, error: MSG.empty, code: "empty" });
  });

  it("refuses 15-digit first-generation numbers", () => {
    expect(parseIdNumber("110105491231002")).toEqual({ ok: false, error: MSG.fifteenDigit, code: "fifteenDigit" });
    expect(parseIdNumber(" 110105491231002 ")).toEqual({ ok: false, error: MSG.fifteenDigit, code: "fifteenDigit" });
  });

  it("rejects wrong lengths", () => {
    for (const input of ["1", "11010519491231002", "11010519491231002X1", "1101051949123100", "11010549123100X"]) {
      expect(parseIdNumber(input), input).toEqual({ ok: false, error: MSG.length, code: "length" });
    }
  });

  it("rejects wrong characters", () => {
    for (const input of [
      "1101051949123100AX", // letter in the body
      "11010519491231002Y", // check char other than X
      "110105X9491231002X", // X not in last position
      "11010519491231002-",
      "110105 1949123100X", // internal space
      "１１０１０５１９４９１２３１００２Ｘ", // full-width digits
    ]) {
      expect(parseIdNumber(input), input).toEqual({ ok: false, error: MSG.characters, code: "characters" });
    }
  });

  it("rejects province codes outside GB/T 2260", () => {
    for (const code of ["99", "00", "10", "16", "24", "30", "38", "47", "55", "66", "72", "80", "84", "91"]) {
      expect(parseIdNumber(id(`${code}0101`, "19900101"), { now: NOW }), code).toEqual({
        ok: false,
        error: MSG.province,
        code: "province",
      });
    }
  });

  it("rejects 29 February in common years (1900 is not a leap year)", () => {
    expect(parseIdNumber(id("110101", "19000229"), { now: NOW })).toEqual({
      ok: false,
      error: MSG.birthDateInvalid,
      code: "birthDateInvalid",
    });
    expect(parseIdNumber(id("110101", "20230229"), { now: NOW })).toEqual({
      ok: false,
      error: MSG.birthDateInvalid,
      code: "birthDateInvalid",
    });
  });

  it("rejects impossible dates", () => {
    for (const date of ["19901301", "19900001", "19900100", "19900132", "19900431", "19900631", "19900230"]) {
      expect(parseIdNumber(id("110101", date), { now: NOW }), date).toEqual({
        ok: false,
        error: MSG.birthDateInvalid,
        code: "birthDateInvalid",
      });
    }
  });

  it("rejects birth dates before 1900-01-01", () => {
    expect(parseIdNumber(id("110101", "18991231"), { now: NOW })).toEqual({
      ok: false,
      error: MSG.birthDateTooEarly,
      code: "birthDateTooEarly",
    });
    // The standard's own example has a valid checksum but an 1880 birth date.
    expect(parseIdNumber("440524188001010014", { now: NOW })).toEqual({
      ok: false,
      error: MSG.birthDateTooEarly,
      code: "birthDateTooEarly",
    });
  });

  it("rejects birth dates after `now`", () => {
    expect(parseIdNumber(id("110101", "20240616"), { now: NOW })).toEqual({
      ok: false,
      error: MSG.birthDateFuture,
      code: "birthDateFuture",
    });
    expect(parseIdNumber(id("110101", "20250101"), { now: NOW })).toEqual({
      ok: false,
      error: MSG.birthDateFuture,
      code: "birthDateFuture",
    });
  });

  it("rejects a wrong check character", () => {
    expect(parseIdNumber("110105194912310020", { now: NOW })).toEqual({
      ok: false,
      error: MSG.checksum,
      code: "checksum",
    });
    expect(parseIdNumber("31010119900101123X", { now: NOW })).toEqual({
      ok: false,
      error: MSG.checksum,
      code: "checksum",
    });
    // Every wrong check character is caught, not just some.
    const valid = id("320102", "19780512", "456");
    for (const c of "0123456789X") {
      if (c === valid[17]) continue;
      expect(parseIdNumber(valid.slice(0, 17) + c, { now: NOW })).toEqual({
        ok: false,
        error: MSG.checksum,
        code: "checksum",
      });
    }
    expect(parseIdNumber(breakCheck(valid), { now: NOW }).ok).toBe(false);
  });

  it("catches a single mistyped digit through the checksum", () => {
    const valid = id("320102", "19780512", "456");
    // Change a sequence digit: date and region stay valid, so only the checksum can catch it.
    const typo = valid.slice(0, 15) + (valid[15] === "5" ? "6" : "5") + valid.slice(16);
    expect(parseIdNumber(typo, { now: NOW })).toEqual({ ok: false, error: MSG.checksum, code: "checksum" });
  });
});

describe("ageOn", () => {
  it("counts full years, turning older on the birthday", () => {
    expect(ageOn("1990-06-15", new Date("2020-06-14T04:00:00Z"))).toBe(29);
    expect(ageOn("1990-06-15", new Date("2020-06-15T04:00:00Z"))).toBe(30);
    expect(ageOn("1990-06-15", new Date("2020-12-31T04:00:00Z"))).toBe(30);
    expect(ageOn("1990-12-31", new Date("2021-01-01T04:00:00Z"))).toBe(30);
  });

  it("is 0 on the day of birth", () => {
    expect(ageOn("2024-06-15", new Date("2024-06-15T04:00:00Z"))).toBe(0);
  });

  it("ages leap-day births on 1 March in common years", () => {
    expect(ageOn("2000-02-29", new Date("2001-02-28T04:00:00Z"))).toBe(0);
    expect(ageOn("2000-02-29", new Date("2001-03-01T04:00:00Z"))).toBe(1);
    expect(ageOn("2000-02-29", new Date("2004-02-28T04:00:00Z"))).toBe(3);
    expect(ageOn("2000-02-29", new Date("2004-02-29T04:00:00Z"))).toBe(4);
  });

  it("uses the China calendar date of `on`", () => {
    expect(ageOn("1990-06-15", new Date("2020-06-14T15:59:59Z"))).toBe(29);
    expect(ageOn("1990-06-15", new Date("2020-06-14T16:00:00Z"))).toBe(30);
  });

  it("is negative when `on` precedes the birth date", () => {
    expect(ageOn("2000-01-01", new Date("1999-06-01T04:00:00Z"))).toBe(-1);
  });

  it("works with the birthDate produced by parseIdNumber", () => {
    const result = parseIdNumber("11010519491231002X", { now: NOW });
    if (!result.ok) throw new Error("expected a valid number");
    expect(ageOn(result.birthDate, NOW)).toBe(74);
  });

  it("throws on malformed birth dates", () => {
    expect(() => ageOn("1990-2-3", NOW)).toThrow(RangeError);
    expect(() => ageOn("19900101", NOW)).toThrow(RangeError);
    expect(() => ageOn("2023-02-29", NOW)).toThrow(RangeError);
    expect(() => ageOn("", NOW)).toThrow(RangeError);
  });

  it("throws on an invalid Date", () => {
    expect(() => ageOn("1990-01-01", new Date("nope"))).toThrow(RangeError);
  });
});
