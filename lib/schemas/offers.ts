import { z } from "zod";
import { zOptionalText } from "./common";

/** A talent confirms or declines an apply-free offer. */
export const ZOfferAnswer = z.object({
  offerId: z.string().min(1).max(40),
  answer: z.enum(["CONFIRM", "DECLINE"], { error: "choose" }),
});
export type TOfferAnswer = z.infer<typeof ZOfferAnswer>;

/** HR confirms an employee's apply-free benefit, or declines it with a reason the employee will read. */
export const ZOfferDecision = z
  .object({
    offerId: z.string().min(1).max(40),
    decision: z.enum(["CONFIRM", "DECLINE"], { error: "choose" }),
    reason: zOptionalText(500),
  })
  .refine((v) => v.decision !== "DECLINE" || !!v.reason, { path: ["reason"], message: "reasonRequired" });
export type TOfferDecision = z.infer<typeof ZOfferDecision>;
