// Limits for the public, anonymous API. Counted per instance in memory: behind a load balancer each node allows
// this many, which still stops a single client from flooding; a shared store (PostgreSQL) is the next step.
import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { clientIpFrom } from "./client-ip";

const limiters = new Map<string, RateLimiterMemory>();

/** null when allowed; otherwise the seconds to wait. */
export async function rateLimited(bucket: string, request: Request, perMinute: number): Promise<number | null> {
  let limiter = limiters.get(bucket);
  if (!limiter) {
    limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
    limiters.set(bucket, limiter);
  }
  const client = clientIpFrom((name) => request.headers.get(name)) ?? "local";
  try {
    await limiter.consume(client);
    return null;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.ceil(error.msBeforeNext / 1000);
    throw error;
  }
}
