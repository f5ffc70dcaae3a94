// NIST SP 800-63B style: length matters, composition rules do not; refuse passwords from leak lists.
import { COMMON_PASSWORDS } from "./common-passwords";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export type TPasswordProblem = "tooShort" | "tooLong" | "common";

export function passwordProblem(password: string, context: string[] = []): TPasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return "tooShort";
  if (length > PASSWORD_MAX) return "tooLong";
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return "common";
  // The account's own name or number as the password is as guessable as a leaked one.
  if (context.some((c) => c.length >= 4 && lower.includes(c.toLowerCase()))) return "common";
  if (new Set(lower).size <= 2) return "common";
  return null;
}
