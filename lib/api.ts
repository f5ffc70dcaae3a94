// The public JSON API answers errors in one shape, in Chinese and English, built from the same message keys as
// the pages. Unexpected failures are logged with an id; the response carries only the id.
import "server-only";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { UserError } from "./server/errors";

async function both(key: string) {
  const [zh, en] = await Promise.all([
    getTranslations({ locale: "zh-CN", namespace: "errors" }),
    getTranslations({ locale: "en", namespace: "errors" }),
  ]);
  const pick = (t: typeof zh) => (t.has(key) ? t(key) : t("invalid"));
  return { message: pick(zh), messageEn: pick(en) };
}

const headers = { "Cache-Control": "no-store" };

export async function badRequest(error: z.ZodError) {
  const fields: Record<string, { message: string; messageEn: string }> = {};
  for (const issue of error.issues) fields[String(issue.path[0] ?? "query")] ??= await both(issue.message);
  const first = Object.values(fields)[0]!;
  return Response.json({ error: { code: "invalid_request", ...first, fields } }, { status: 400, headers });
}

export async function apiFailure(error: unknown) {
  if (error instanceof UserError) {
    const status = error.key === "notFound" ? 404 : error.key === "forbidden" ? 403 : 409;
    return Response.json({ error: { code: error.key, ...(await both(error.key)) } }, { status, headers });
  }
  const id = randomUUID().slice(0, 8);
  console.error(`[error ${id}]`, error);
  const zh = await getTranslations({ locale: "zh-CN", namespace: "errors" });
  const en = await getTranslations({ locale: "en", namespace: "errors" });
  return Response.json(
    { error: { code: "internal", message: zh("unexpected", { id }), messageEn: en("unexpected", { id }) } },
    { status: 500, headers },
  );
}
