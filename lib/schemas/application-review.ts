import { z } from "zod";
import { zLines, zOptionalText } from "./common";

const zApplicationId = z.string().min(1).max(40);
/** The version the person saw: a decision on an older one is refused as "已被他人处理". */
const zVersion = z.coerce.number().int().min(0);

/** HR confirms that the applicant works for them and the materials are true (单位审核), or declines with a reason. */
export const ZEmployerApplicationDecision = z
  .object({
    applicationId: zApplicationId,
    version: zVersion,
    decision: z.enum(["CONFIRM", "DECLINE"], { error: "choose" }),
    reason: zOptionalText(500),
  })
  .refine((v) => v.decision !== "DECLINE" || !!v.reason, { path: ["reason"], message: "reasonRequired" });
export type TEmployerApplicationDecision = z.infer<typeof ZEmployerApplicationDecision>;

/**
 * A district reviewer's decision at 初审 / 专家评审 / 复核: approve (optional comment), return for correction (at least
 * one item, one per line), or reject (reason required; the applicant reads it).
 */
export const ZReviewDecision = z
  .object({
    applicationId: zApplicationId,
    version: zVersion,
    decision: z.enum(["APPROVE", "RETURN", "REJECT"], { error: "choose" }),
    reason: zOptionalText(1000),
    items: z.preprocess((v) => v ?? "", zLines(20, 200)),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "RETURN" && v.items.length === 0)
      ctx.addIssue({ code: "custom", path: ["items"], message: "required" });
    if (v.decision === "REJECT" && !v.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
  });
export type TReviewDecision = z.infer<typeof ZReviewDecision>;
