import { describe, expect, it } from "vitest";
import { DISTRICTS } from "../../lib/domain/districts";
import {
  REFERENCE_ALPHABET,
  REFERENCE_MESSAGES,
  REFERENCE_RANDOM_BYTES,
  generateReference,
  parseReference,
  referencePrefix,
} from "../../lib/domain/reference-number";

// Deterministic "random" bytes for tests: a simple LCG.
function bytes(seed: number, length = REFERENCE_RANDOM_BYTES): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const EXAMPLE = "JA-2026-7K3M9D";

describe("the alphabet", () => {
  it("has no look-alike characters and a prime length", () => {
    for (const c of "0O1IL2Z5S8BUG") expect(REFERENCE_ALPHABET).not.toContain(c);
    expect(new Set(REFERENCE_ALPHABET).size).toBe(23);
    expect(REFERENCE_ALPHABET).toMatch(/^[0-9A-Z]+$/);
  });
});

describe("generateReference", () => {
  it("builds district prefix, year and six characters", () => {
    const ref = generateReference("310106", 2026, bytes(1));
    expect(ref).toMatch(new RegExp(`^JA-2026-[${REFERENCE_ALPHABET}]{6}$`));
    expect(parseReference(ref)).toEqual({ ok: true, value: ref, districtCode: "310106", year: 2026 });
  });

  it("uses each district's prefix, and SH for city-wide programs", () => {
    expect(DISTRICTS.map((d) => referencePrefix(d.code))).toEqual(["JA", "CN", "MH", "JD"]);
    expect(referencePrefix(null)).toBe("SH");
    expect(generateReference(null, 2026, bytes(2))).toMatch(/^SH-2026-/);
    expect(() => referencePrefix("310101")).toThrow(RangeError);
  });

  it("is a pure function of its input", () => {
    expect(generateReference("310112", 2026, bytes(7))).toBe(generateReference("310112", 2026, bytes(7)));
    expect(generateReference("310112", 2026, bytes(7))).not.toBe(generateReference("310112", 2026, bytes(8)));
  });

  it("maps bytes to characters without bias, skipping bytes of 253 (11 × 23) and above", () => {
    const input = Uint8Array.from([255, 253, 0, 1, 252, 23, 22]);
    // 0 → "3", 1 → "4", 252 % 23 = 22 → "Y", 23 % 23 = 0 → "3", 22 → "Y"
    expect(generateReference("310106", 2026, input).slice(8, 13)).toBe("34Y3Y");
  });

  it("refuses too few usable bytes and a year that is not four digits", () => {
    expect(() => generateReference("310106", 2026, Uint8Array.from([1, 2, 3, 4]))).toThrow(RangeError);
    expect(() => generateReference("310106", 2026, new Uint8Array(16).fill(253))).toThrow(RangeError);
    expect(() => generateReference("310106", 999, bytes(1))).toThrow(RangeError);
    expect(() => generateReference("310106", 20260, bytes(1))).toThrow(RangeError);
  });

  it("spreads over the alphabet", () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++)
      for (const c of generateReference("310105", 2026, bytes(seed)).slice(8)) seen.add(c);
    expect(seen.size).toBe(23);
  });
});

describe("parseReference", () => {
  it("accepts a valid number and reads district and year", () => {
    expect(parseReference(EXAMPLE)).toEqual({ ok: true, value: EXAMPLE, districtCode: "310106", year: 2026 });
  });

  it("accepts the number as people type it", () => {
    for (const typed of [
      "ja-2026-7k3m9d",
      " JA 2026 7K3M9D ",
      "JA20267K3M9D",
      "ＪＡ－２０２６－７Ｋ３Ｍ９Ｄ",
      "JA—2026—7K3M 9D",
    ]) {
      expect(parseReference(typed), typed).toMatchObject({ ok: true, value: EXAMPLE });
    }
  });

  it("explains each kind of mistake", () => {
    const cases: [string, keyof typeof REFERENCE_MESSAGES][] = [
      ["", "empty"],
      ["   ", "empty"],
      ["JA-2026-7K3M9", "format"],
      ["JA-26-7K3M9D", "format"],
      ["JAX-2026-7K3M9D", "format"],
      ["XX-2026-7K3M9D", "district"],
      ["JA-2026-7K3M0D", "characters"],
      ["JA-2026-7K3MOD", "characters"],
      ["JA-2026-7K3M9E", "checksum"],
    ];
    for (const [input, code] of cases) {
      const parsed = parseReference(input);
      expect(parsed, input).toMatchObject({ ok: false, code });
      if (!parsed.ok) {
        expect(parsed.message).toBe(REFERENCE_MESSAGES[code][0]);
        expect(parsed.messageEn).toBe(REFERENCE_MESSAGES[code][1]);
      }
    }
  });

  it("catches every single wrong character", () => {
    for (let seed = 0; seed < 20; seed++) {
      const ref = generateReference("310114", 2026, bytes(seed));
      for (let i = 0; i < ref.length; i++) {
        const pool = i < 2 ? "ACDHJMNS" : i < 7 ? "0123456789" : REFERENCE_ALPHABET;
        for (const c of pool) {
          if (c === ref[i] || ref[i] === "-") continue;
          const typo = ref.slice(0, i) + c + ref.slice(i + 1);
          expect(parseReference(typo).ok, typo).toBe(false);
        }
      }
    }
  });

  it("catches every swap of two characters within the code or within the year, near or far", () => {
    for (let seed = 0; seed < 20; seed++) {
      const ref = generateReference("310112", 2026 + (seed % 3), bytes(seed));
      const chars = [...ref];
      for (const [i, j] of [...pairs([3, 4, 5, 6]), ...pairs([8, 9, 10, 11, 12, 13])]) {
        if (chars[i] === chars[j]) continue;
        const swapped = [...chars];
        [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
        if (parseReference(swapped.join("")).ok) expect.fail(`${ref} → ${swapped.join("")} was accepted`);
      }
    }
  });

  it("tells the districts apart, and the year", () => {
    const ja = generateReference("310106", 2026, bytes(3));
    expect(parseReference(ja.replace(/^JA/, "JD")).ok).toBe(false);
    expect(parseReference(ja.replace("-2026-", "-2025-")).ok).toBe(false);
  });
});

function pairs(positions: number[]): [number, number][] {
  return positions.flatMap((i, k) => positions.slice(k + 1).map((j): [number, number] => [i, j]));
}
