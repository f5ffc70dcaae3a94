// Session limits (等保 会话超时): 30 minutes without a request end a session; 12 hours end it however active.
export const IDLE_SECONDS = 30 * 60;
export const ABSOLUTE_SECONDS = 12 * 60 * 60;

export function sessionExpired(authAt: number | undefined, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  return typeof authAt !== "number" || nowSeconds - authAt > ABSOLUTE_SECONDS;
}
