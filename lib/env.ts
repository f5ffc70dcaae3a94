// The environment, parsed once. Only what is named here reaches the code; nothing reaches the browser.
import path from "node:path";
import { z } from "zod";

const key32 = z
  .string()
  .refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes, base64-encoded (openssl rand -base64 32)");

const ZDatabaseEnv = z.object({
  DATABASE_URL: z.string().url(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
});

const ZEnv = ZDatabaseEnv.extend({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  NEXTAUTH_SECRET: z.string().min(32),
  DATA_ENCRYPTION_KEY: key32,
  DATA_HMAC_KEY: key32,
});

export type TEnv = z.infer<typeof ZEnv>;

function parse<T extends z.ZodType>(schema: T): z.output<T> {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment (npm start sets these for you):\n${problems}`);
  }
  return parsed.data;
}

let cached: TEnv | undefined;
let cachedDatabase: z.infer<typeof ZDatabaseEnv> | undefined;

export function env(): TEnv {
  cached ??= parse(ZEnv);
  return cached;
}

/** What the database client needs; scripts such as the policy importer need no secrets. */
export function databaseEnv() {
  cachedDatabase ??= parse(ZDatabaseEnv);
  return cachedDatabase;
}

const ZMailEnv = z.object({
  /** smtp://user:password@host:587 or smtps://…:465; unset, the portal sends no e-mail (the inbox still works). */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("人才服务平台 <no-reply@localhost>"),
  /** Where links in e-mails point, e.g. https://rencai.example.gov.cn */
  PUBLIC_URL: z.string().url().optional(),
});

/** Outgoing e-mail settings; read when a message is sent, so tests can set them per run. */
export function mailEnv(): z.infer<typeof ZMailEnv> {
  return parse(ZMailEnv);
}

const ZStorageEnv = z.object({
  /** The folder `npm start` keeps its data in (same default as scripts/start.ts). */
  DATA_DIR: z.string().min(1).default(".data"),
  /** Where uploaded materials are kept; defaults to DATA_DIR/uploads. Must not be under public/. */
  UPLOAD_DIR: z.string().min(1).optional(),
});

/**
 * Where the local storage adapter keeps uploads, as an absolute path. Read on each call (cheap), so tests can point
 * it at a temporary folder. A folder under public/ is refused: Next would serve the files to anyone.
 */
export function storageEnv(): { uploadDir: string } {
  const parsed = parse(
    ZStorageEnv.transform((e) => path.resolve(e.UPLOAD_DIR ?? path.join(e.DATA_DIR, "uploads"))).refine(
      (dir) => {
        const fromPublic = path.relative(path.resolve("public"), dir);
        return fromPublic === ".." || fromPublic.startsWith(`..${path.sep}`) || path.isAbsolute(fromPublic);
      },
      { message: "must not be inside public/ (files there are served to anyone)", path: ["UPLOAD_DIR"] },
    ),
  );
  return { uploadDir: parsed };
}
