import { defineConfig } from "prisma/config";

// The CLI reads the connection from here; the app connects through the pg adapter in lib/db.ts.
// `prisma generate` needs no database, so DATABASE_URL may be absent.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unset" },
});
