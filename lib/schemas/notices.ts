import { z } from "zod";
import { zOptionalText, zText } from "./common";

export const OBJECTION_REASON_MIN = 10;

/** Anyone signed in objects to an application on public notice (公示异议). */
export const ZObjectionInput = z.object({
  applicationId: z.string().min(1).max(40),
  reason: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z
      .string({ error: "required" })
      .min(1, "required")
      .min(OBJECTION_REASON_MIN, "objectionTooShort")
      .max(1000, "tooLong"),
  ),
});
export type TObjectionInput = z.infer<typeof ZObjectionInput>;

/** A reviewer of the district upholds (the application is not approved) or dismisses an objection, saying why. */
export const ZObjectionResolution = z.object({
  objectionId: z.string().min(1).max(40),
  decision: z.enum(["UPHOLD", "DISMISS"], { error: "choose" }),
  resolution: zText(1000),
});
export type TObjectionResolution = z.infer<typeof ZObjectionResolution>;

/** An admin recognises (认定) an application whose notice has ended. */
export const ZRecognitionInput = z.object({
  applicationId: z.string().min(1).max(40),
  version: z.coerce.number().int().min(0),
  validYears: z.preprocess(
    (v) => (v === undefined || v === "" ? 3 : v),
    z.coerce.number({ error: "number" }).int("integer").min(1, "min").max(10, "max"),
  ),
  overrideReason: zOptionalText(500),
});
export type TRecognitionInput = z.infer<typeof ZRecognitionInput>;
