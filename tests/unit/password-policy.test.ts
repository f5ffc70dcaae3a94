import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/domain/password-policy";

describe("passwordProblem", () => {
  it("accepts any long-enough password without composition rules", () => {
    expect(passwordProblem("correct horse battery")).toBeNull();
    expect(passwordProblem("人才服务平台的密码")).toBeNull();
    expect(passwordProblem("qzmxnwbe")).toBeNull();
  });

  it("counts characters, not bytes, for the limits", () => {
    expect(passwordProblem("1234567")).toBe("tooShort");
    expect(passwordProblem("人才服务平台密")).toBe("tooShort");
    expect(passwordProblem("abcdefgh".repeat(16) + "i")).toBe("tooLong");
    expect(passwordProblem("abcdefgh".repeat(16))).toBeNull();
  });

  it("refuses leaked and trivially guessable passwords, case-insensitively", () => {
    expect(passwordProblem("password")).toBe("common");
    expect(passwordProblem("PassWord1")).toBe("common");
    expect(passwordProblem("woaini1314")).toBe("common");
    expect(passwordProblem("aaaaaaaaaaaa")).toBe("common");
    expect(passwordProblem("abababababab")).toBe("common");
  });

  it("refuses a password made of the account's own mobile number", () => {
    expect(passwordProblem("13812345678x", ["13812345678"])).toBe("common");
  });
});
