import { describe, expect, it } from "vitest";
import { homeFor, safeCallbackPath } from "@/lib/domain/redirect";

describe("safeCallbackPath", () => {
  it.each(["/me", "/en/me/profile", "/admin/enterprises?status=PENDING", "/me#profile"])(
    "follows the local path %s",
    (p) => {
      expect(safeCallbackPath(p, "/x")).toBe(p);
    },
  );

  it.each([
    "https://evil.example/",
    "//evil.example/me",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "me",
    "/%0d%0aSet-Cookie:x",
    "/\u0000",
    "",
    null,
    undefined,
    `/${"a".repeat(2100)}`,
  ])("refuses %s", (p) => {
    expect(safeCallbackPath(p as string, "/fallback")).toBe(p === "/%0d%0aSet-Cookie:x" ? p : "/fallback");
  });

  it("sends each role to its own workspace", () => {
    expect(homeFor("TALENT")).toBe("/me");
    expect(homeFor("ENTERPRISE_HR")).toBe("/org");
    expect(homeFor("REVIEWER")).toBe("/admin");
    expect(homeFor("ADMIN")).toBe("/admin");
  });
});
