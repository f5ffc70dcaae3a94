// The one Prisma client. Password hashes are omitted from every query unless a query asks for them.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { databaseEnv } from "./env";

function createClient() {
  const e = databaseEnv();
  const adapter = new PrismaPg({
    connectionString: e.DATABASE_URL,
    max: e.DB_POOL_MAX,
    connectionTimeoutMillis: 5_000,
    statement_timeout: e.DB_STATEMENT_TIMEOUT_MS,
  });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

type Db = ReturnType<typeof createClient>;
const globalForDb = globalThis as unknown as { talentPortalDb?: Db };

function client(): Db {
  globalForDb.talentPortalDb ??= createClient();
  return globalForDb.talentPortalDb;
}

/**
 * Created on first use, not on import: `next build` loads route modules without the runtime environment, and one
 * client per process survives hot reloads in development.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const c = client();
    const value = Reflect.get(c, property, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});
