// The one way a form action answers: every field error in the reader's language, what they typed kept
// (never passwords), expected problems as messages, and anything unexpected as a generic message with an id.
import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { ID_NUMBER_MESSAGES } from "./domain/id-number";
import { USCC_MESSAGES } from "./domain/uscc";
import { UserError } from "./server/errors";
import type { TFormState } from "./form-state";

const NEVER_ECHOED = new Set(["password", "confirmPassword"]);

/** What the person typed, to show again; a field sent several times (checkboxes) is joined with commas. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$") || NEVER_ECHOED.has(key)) continue;
    values[key] = formData
      .getAll(key)
      .filter((v) => typeof v === "string")
      .join(",");
  }
  return values;
}

/** The form as an object for its schema: a field sent several times becomes a list. */
function formObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key);
    object[key] = all.length > 1 ? all : all[0];
  }
  return object;
}

async function translator() {
  const [t, locale] = await Promise.all([getTranslations("errors"), getLocale()]);
  return (key: string): string => {
    // The validators' own Chinese sentences are the source of truth in Chinese.
    if (locale === "zh-CN") {
      const [group, code] = key.split(".");
      if (group === "idNumber" && code && code in ID_NUMBER_MESSAGES)
        return ID_NUMBER_MESSAGES[code as keyof typeof ID_NUMBER_MESSAGES];
      if (group === "uscc" && code && code in USCC_MESSAGES) return USCC_MESSAGES[code as keyof typeof USCC_MESSAGES];
    }
    return t.has(key) ? t(key) : t("invalid");
  };
}

/** Parses a form with its shared schema, runs the use case, and turns every outcome into a form state. */
export async function handleForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  run: (data: z.output<S>) => Promise<TFormState | void>,
): Promise<TFormState> {
  const state = await answer(schema, formData, run);
  return { ...state, nonce: randomUUID() };
}

async function answer<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  run: (data: z.output<S>) => Promise<TFormState | void>,
): Promise<TFormState> {
  const values = formValues(formData);
  const tr = await translator();
  const locale = await getLocale();
  const parsed = schema.safeParse(formObject(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    // One message per field, the first found: enough to act on, and short enough to read.
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      fieldErrors[field] ??= [tr(issue.message)];
    }
    return { status: "error", fieldErrors, values, message: tr("summary") };
  }
  try {
    return (await run(parsed.data)) ?? { status: "success", fieldErrors: {}, values };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof UserError) {
      const message = error.text ? (locale === "zh-CN" ? error.text.zh : error.text.en) : tr(error.key);
      return error.field
        ? { status: "error", fieldErrors: { [error.field]: [message] }, values, message: tr("summary") }
        : { status: "error", fieldErrors: {}, values, message };
    }
    const id = randomUUID().slice(0, 8);
    console.error(`[error ${id}]`, error);
    const t = await getTranslations("errors");
    return { status: "error", fieldErrors: {}, values, message: t("unexpected", { id }) };
  }
}
