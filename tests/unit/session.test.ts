import { describe, expect, it } from "vitest";
import { ABSOLUTE_SECONDS, sessionExpired } from "@/lib/domain/session";

describe("sessionExpired", () => {
  const now = 1_800_000_000;
  it("keeps a session for 12 hours after sign-in, however active", () => {
    expect(sessionExpired(now - ABSOLUTE_SECONDS, now)).toBe(false);
    expect(sessionExpired(now - ABSOLUTE_SECONDS - 1, now)).toBe(true);
  });
  it("treats a token without a sign-in time as ended", () => {
    expect(sessionExpired(undefined, now)).toBe(true);
  });
});
