import { databaseHealthy } from "@/lib/server/health";

export const dynamic = "force-dynamic";

/** For load balancers and the set-up check: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  return (await databaseHealthy())
    ? Response.json({ status: "ok", db: "ok" }, { headers })
    : Response.json({ status: "degraded", db: "down" }, { status: 503, headers });
}
