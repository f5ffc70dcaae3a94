// The public JSON API answers errors in one shape, in Chinese and English, built from the same message keys as
// the pages. Unexpected failures are logged with an id; the response carries only the id.
import "server-only";
import { randomUUID } from "node:crypto";
import { createTranslator } from "next-intl";
import zh from "@/messages/zh-CN.json";
import en from "@/messages/en.json";
import type { z } from "zod";
import { UserError } from "./server/errors";

// The API answers in both languages at once, so it translates without a request locale.
const tZh = createTranslator({ locale: "zh-CN", messages: zh, namespace: "errors" });
const tEn = createTranslator({ locale: "en", messages: en, namespace: "errors" });

/** Message keys come from the zod schemas and UserError; an unknown one reads as a generic "invalid". */
type TLoose = { has(key: string): boolean; (key: string): string };
function both(key: string) {
  const pick = (t: TLoose) => (t.has(key) ? t(key) : t("invalid"));
  return { message: pick(tZh as unknown as TLoose), messageEn: pick(tEn as unknown as TLoose) };
}

const headers = { "Cache-Control": "no-store" };

export function badRequest(error: z.ZodError) {
  const fields: TFieldErrors = {};
  for (const issue of error.issues) fields[String(issue.path[0] ?? "query")] ??= both(issue.message);
  return invalidRequest(fields);
}

export function apiFailure(error: unknown) {
  if (error instanceof UserError) {
    const status = error.key === "notFound" ? 404 : error.key === "forbidden" ? 403 : 409;
    const words = error.text ? { message: error.text.zh, messageEn: error.text.en } : both(error.key);
    return Response.json({ error: { code: error.key, ...words } }, { status, headers });
  }
  const id = randomUUID().slice(0, 8);
  console.error(`[error ${id}]`, error);
  return Response.json(
    { error: { code: "internal", message: tZh("unexpected", { id }), messageEn: tEn("unexpected", { id }) } },
    { status: 500, headers },
  );
}

export function tooManyRequests(retryAfterSeconds: number) {
  return Response.json(
    { error: { code: "rate_limited", ...both("rateLimited") } },
    { status: 429, headers: { ...headers, "Retry-After": String(retryAfterSeconds) } },
  );
}

export type TFieldErrors = Record<string, { message: string; messageEn: string }>;

/** 400 for a request whose parts are named in `fields` (the first one is the headline). */
export function invalidRequest(fields: TFieldErrors) {
  const first = Object.values(fields)[0] ?? both("invalid");
  return Response.json({ error: { code: "invalid_request", ...first, fields } }, { status: 400, headers });
}

/** The fact validator's messages are Chinese and name the fact; the English ones say the same more plainly. */
export function factErrors(error: z.ZodError): TFieldErrors {
  return Object.fromEntries(
    error.issues.map((i) => [
      `facts${i.path.length ? `.${i.path.join(".")}` : ""}`,
      {
        message: i.message,
        messageEn:
          i.code === "unrecognized_keys"
            ? `Unknown fact: ${i.keys.join(", ")}`
            : `Invalid value for the fact "${i.path.join(".")}"`,
      },
    ]),
  );
}
