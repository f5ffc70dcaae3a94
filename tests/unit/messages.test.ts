import { describe, expect, it } from "vitest";
import zh from "@/messages/zh-CN.json";
import en from "@/messages/en.json";
import { ID_NUMBER_MESSAGES } from "@/lib/domain/id-number";
import { USCC_MESSAGES } from "@/lib/domain/uscc";

type Tree = { [key: string]: string | Tree };
function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

describe("messages", () => {
  it("has every Chinese string in English too", () => {
    const english = new Set(keys(en as Tree));
    expect(keys(zh as Tree).filter((k) => !english.has(k))).toEqual([]);
  });

  it("has no English string without a Chinese one, except the validators' own Chinese messages", () => {
    const chinese = new Set(keys(zh as Tree));
    const fromValidators = new Set([
      ...Object.keys(ID_NUMBER_MESSAGES).map((k) => `errors.idNumber.${k}`),
      ...Object.keys(USCC_MESSAGES).map((k) => `errors.uscc.${k}`),
    ]);
    expect(keys(en as Tree).filter((k) => !chinese.has(k) && !fromValidators.has(k))).toEqual([]);
    expect([...fromValidators].filter((k) => !keys(en as Tree).includes(k))).toEqual([]);
  });
});
