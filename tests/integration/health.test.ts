import { describe, expect, it, vi } from "vitest";
import { freePort } from "../../scripts/embedded-db";

const holder = globalThis as unknown as { talentPortalDb?: { $disconnect(): Promise<void> } };

describe("GET /api/health", () => {
  it("answers 200 ok when the database answers", async () => {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503 with db down when the database cannot be reached", async () => {
    const saved = { url: process.env.DATABASE_URL, client: holder.talentPortalDb };
    try {
      // A fresh client (and parsed environment) pointing at a port where nothing listens.
      process.env.DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${await freePort()}/none`;
      holder.talentPortalDb = undefined;
      vi.resetModules();
      const { GET } = await import("@/app/api/health/route");
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "degraded", db: "down" });
      // The route created its own client on first use; close it.
      await (holder.talentPortalDb as typeof saved.client)?.$disconnect();
    } finally {
      process.env.DATABASE_URL = saved.url;
      holder.talentPortalDb = saved.client;
    }
  });
});
