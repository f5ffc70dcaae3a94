import type { TRole } from "./access";

/** Where each role lands after signing in. */
export function homeFor(role: TRole): "/me" | "/org" | "/admin" {
  if (role === "TALENT") return "/me";
  if (role === "ENTERPRISE_HR") return "/org";
  return "/admin";
}

/**
 * A callbackUrl is followed only when it is a path on this site: "/me", not "//evil.example", "https://…",
 * "/\\evil.example" or "javascript:". Anything else falls back.
 */
export function safeCallbackPath(raw: string | null | undefined, fallback: string): string {
  if (!raw || typeof raw !== "string" || raw.length > 2000) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(raw)) return fallback;
  try {
    const url = new URL(raw, "http://portal.invalid");
    if (url.origin !== "http://portal.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
