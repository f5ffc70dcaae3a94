// The client's address as the reverse proxy reports it: the first hop of X-Forwarded-For, else X-Real-IP.
// Used for audit events and per-client limits; one reading of the headers everywhere.
export function clientIpFrom(get: (name: string) => string | null | undefined): string | null {
  return get("x-forwarded-for")?.split(",")[0]?.trim() || get("x-real-ip") || null;
}
