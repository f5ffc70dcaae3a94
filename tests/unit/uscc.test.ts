import { describe, expect, it } from "vitest";
import { parseUscc, usccCheckChar } from "../../lib/domain/uscc";

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// Independent derivation of the GB 32100 check character: weight i is
// 3^i mod 31, rather than the literal weight table used in the code.
function referenceCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i]!);
    if (v < 0) throw new Error(`bad test input ${first17}`);
    sum += v * (3 ** i % 31);
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

function build(first17: string): string {
  return first17 + usccCheckChar(first17);
}

const MSG = {
  empty: "请输入统一社会信用代码",
  length: "统一社会信用代码应为18位，请核对后重新输入",
  characters: "统一社会信用代码只能包含数字和大写字母（不使用I、O、S、V、Z），请核对后重新输入",
  authority: "统一社会信用代码第1位登记管理部门代码无效，请核对后重新输入",
  division: "统一社会信用代码第3至8位应为数字行政区划代码，请核对后重新输入",
  checksum: "统一社会信用代码校验位不正确，请核对后重新输入",
};

const STANDARD_EXAMPLE = "91350100M000100Y43";

describe("usccCheckChar", () => {
  it("matches the example from the standard", () => {
    expect(usccCheckChar("91350100M000100Y4")).toBe("3");
  });

  it("returns exact check characters, including the 31 → 0 wrap-around", () => {
    expect(usccCheckChar("91110108551385082")).toBe("Q");
    expect(usccCheckChar("12100000400000000")).toBe("W");
    expect(usccCheckChar("91310115000000002")).toBe("Y");
    // sum % 31 === 0 here, so 31 - 0 = 31 must map to '0'.
    expect(usccCheckChar("9131011500000000P")).toBe("0");
  });

  it("agrees with an independent implementation across the alphabet", () => {
    for (const a of ALPHABET) {
      for (const b of ALPHABET) {
        const first17 = `9${a}310115MA1K${b}0Y3J`;
        expect(first17).toHaveLength(17);
        expect(usccCheckChar(first17), first17).toBe(referenceCheck(first17));
      }
    }
  });

  it("throws on input of the wrong length", () => {
    expect(() => usccCheckChar("9135010")).toThrow(RangeError);
    expect(() => usccCheckChar("91350100M000100Y43")).toThrow(RangeError);
    expect(() => usccCheckChar("")).toThrow(RangeError);
  });

  it("throws on characters outside the code alphabet", () => {
    for (const bad of ["I", "O", "S", "V", "Z", "a", "-"]) {
      expect(() => usccCheckChar(`91350100M000100${bad}4`), bad).toThrow(RangeError);
    }
  });
});

describe("parseUscc – valid codes", () => {
  it("accepts the example from GB 32100-2015", () => {
    expect(parseUscc(STANDARD_EXAMPLE)).toEqual({ ok: true, value: STANDARD_EXAMPLE });
  });

  it("accepts computed codes", () => {
    expect(parseUscc("91110108551385082Q")).toEqual({ ok: true, value: "91110108551385082Q" });
    expect(parseUscc("12100000400000000W")).toEqual({ ok: true, value: "12100000400000000W" });
    expect(parseUscc("9131011500000000P0")).toEqual({ ok: true, value: "9131011500000000P0" });
  });

  it("accepts every registration-authority code 1-9, A, N and Y", () => {
    for (const c of "123456789ANY") {
      const code = build(`${c}1110000123456789`);
      expect(parseUscc(code), code).toEqual({ ok: true, value: code });
    }
  });

  it("trims and upper-cases", () => {
    expect(parseUscc("  91350100m000100y43\t")).toEqual({ ok: true, value: STANDARD_EXAMPLE });
    expect(parseUscc("\u300091350100M000100Y43\u3000")).toEqual({ ok: true, value: STANDARD_EXAMPLE });
  });
});

describe("parseUscc – errors", () => {
  it("asks for input when empty or blank", () => {
    expect(parseUscc("")).toEqual({ ok: false, error: MSG.empty, code: "empty" });
    expect(parseUscc("  \n ")).toEqual({ ok: false, error: MSG.empty, code: "empty" });
  });

  it("rejects wrong lengths", () => {
    for (const input of ["9", "91350100M000100Y4", "91350100M000100Y431", "91350100M000100"]) {
      expect(parseUscc(input), input).toEqual({ ok: false, error: MSG.length, code: "length" });
    }
  });

  it("rejects I, O, S, V and Z, which the standard does not use", () => {
    for (const bad of ["I", "O", "S", "V", "Z", "i", "o", "s", "v", "z"]) {
      expect(parseUscc(`91350100M000100${bad}43`), bad).toEqual({
        ok: false,
        error: MSG.characters,
        code: "characters",
      });
    }
  });

  it("rejects punctuation, spaces inside and non-ASCII characters", () => {
    for (const input of ["91350100M000100-43", "91350100M000 00Y43", "91350100M000100中43", "９1350100M000100Y43"]) {
      expect(parseUscc(input), input).toEqual({ ok: false, error: MSG.characters, code: "characters" });
    }
  });

  it("rejects an unknown registration-authority code", () => {
    for (const c of "0BCDEFGHJKLMPQRTUWX") {
      const code = build(`${c}1110000123456789`);
      expect(parseUscc(code), code).toEqual({ ok: false, error: MSG.authority, code: "authority" });
    }
  });

  it("rejects letters in the administrative-division code (positions 3-8)", () => {
    // Letter at position 3, 5 and 8; the check character is valid so only the division check fails.
    for (const first17 of ["91Y50100M000100Y4", "9135A100M000100Y4", "9135010AM000100Y4"]) {
      const code = build(first17);
      expect(parseUscc(code), code).toEqual({ ok: false, error: MSG.division, code: "division" });
    }
  });

  it("does not restrict position 2 or positions 9-17 to digits", () => {
    const code = build("9A350100MA1K3YJ5X");
    expect(parseUscc(code)).toEqual({ ok: true, value: code });
  });

  it("rejects every wrong check character", () => {
    for (const c of ALPHABET) {
      if (c === "3") continue;
      const code = `91350100M000100Y4${c}`;
      expect(parseUscc(code), code).toEqual({ ok: false, error: MSG.checksum, code: "checksum" });
    }
  });

  it("catches a single mistyped character through the checksum", () => {
    expect(parseUscc("91350100M000101Y43")).toEqual({ ok: false, error: MSG.checksum, code: "checksum" });
    expect(parseUscc("91350100N000100Y43")).toEqual({ ok: false, error: MSG.checksum, code: "checksum" });
  });
});
