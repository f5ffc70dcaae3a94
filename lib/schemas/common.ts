// Building blocks shared by the form schemas. Messages are keys under "errors" in messages/*.json, so one schema
// serves the form and the server in both languages; lib/forms.ts turns them into the reader's language.
import { z } from "zod";
import { parseIdNumber } from "@/lib/domain/id-number";
import { parseUscc } from "@/lib/domain/uscc";
import { identifierKind, PASSPORT_PATTERN } from "@/lib/domain/profile";
import { PASSWORD_MAX, passwordProblem } from "@/lib/domain/password-policy";

/** Empty form fields arrive as "": treat them as not given. */
export const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const zText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.string({ error: "required" }).min(1, "required").max(max, "tooLong"),
  );

export const zOptionalText = (max: number) =>
  z.preprocess(
    (v) => blankToUndefined(typeof v === "string" ? v.trim() : v),
    z.string().max(max, "tooLong").optional(),
  );

export const zIdentifier = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z
    .string({ error: "required" })
    .min(1, "required")
    .max(254, "tooLong")
    // An empty value has already been reported as missing.
    .refine((v) => v === "" || identifierKind(v) !== null, "identifier"),
);

export const zNewPassword = z.string({ error: "required" }).superRefine((v, ctx) => {
  if (v === "") return ctx.addIssue({ code: "custom", message: "required" });
  const problem = passwordProblem(v);
  if (problem) ctx.addIssue({ code: "custom", message: `password.${problem}` });
});

export const zSignInPassword = z.string({ error: "required" }).min(1, "required").max(PASSWORD_MAX, "tooLong");

/** A checkbox must be ticked: the browser sends "on", or nothing. */
export const zTicked = z.literal("on", { error: "mustAgree" });

/** An optional checkbox: ticked ("on") is true, absent is false. */
export const zChecked = z.preprocess((v) => v === "on" || v === true, z.boolean());

/** Checks an ID document number by its type; returns the normalised number or the message key of the problem. */
export function checkIdDocument(
  idType: unknown,
  raw: unknown,
): { ok: true; value: string } | { ok: false; message: string } {
  if (typeof raw !== "string" || raw.trim() === "") return { ok: false, message: "required" };
  if (idType === "RESIDENT_ID") {
    const parsed = parseIdNumber(raw);
    return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, message: `idNumber.${parsed.code}` };
  }
  const passport = raw.trim().toUpperCase().replace(/\s+/g, "");
  return PASSPORT_PATTERN.test(passport) ? { ok: true, value: passport } : { ok: false, message: "passport" };
}

/** Runs a whole-form check even when single fields failed, so a person sees every problem at once. */
export const always = { when: () => true };

export const zUscc = z.string({ error: "required" }).transform((v, ctx) => {
  const parsed = parseUscc(v);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: `uscc.${parsed.code}` });
    return z.NEVER;
  }
  return parsed.value;
});

export const zDate = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "date")
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "date")
    .optional(),
);

export const zOptionalInt = (min: number, max: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "number" }).int("integer").min(min, "min").max(max, "max").optional(),
  );

export const zOptionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values, { error: "choose" }).optional());

export const zYesNo = z.preprocess(
  (v) => (v === "yes" ? true : v === "no" ? false : undefined),
  z.boolean().optional(),
);

/** Checkboxes of one name: none ticked arrives as nothing, one as a string, several as a list. */
export const zTickedList = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(values, { error: "choose" })),
  );

/** One entry per line, blank lines dropped. */
export const zLines = (maxLines: number, maxLength: number) =>
  z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean)
        : v,
    z.array(z.string().max(maxLength, "tooLong")).max(maxLines, "tooMany"),
  );
