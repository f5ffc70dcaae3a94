import { z } from "zod";
import { DISTRICT_CODES } from "@/lib/domain/districts";
import { always, zIdentifier, zNewPassword, zOptionalText, zText, zTicked, zUscc } from "./common";

export const ZRegisterEnterprise = z
  .object({
    uscc: zUscc,
    name: zText(100),
    districtCode: z.enum(DISTRICT_CODES, { error: "choose" }),
    industry: zOptionalText(50),
    address: zOptionalText(200),
    contactName: zText(50),
    identifier: zIdentifier,
    password: zNewPassword,
    confirmPassword: z.string(),
    acceptPrivacy: zTicked,
  })
  .superRefine((_v, ctx) => {
    const raw = ctx.value as Record<string, unknown>;
    if (raw.password !== raw.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "password.mismatch" });
    }
  }, always);
export type TRegisterEnterprise = z.infer<typeof ZRegisterEnterprise>;

export const ZEnterpriseDecision = z
  .object({
    enterpriseId: z.string().min(1).max(40),
    decision: z.enum(["VERIFY", "REJECT"], { error: "choose" }),
    reason: zOptionalText(500),
  })
  .refine((v) => v.decision !== "REJECT" || !!v.reason, { path: ["reason"], message: "reasonRequired" });
export type TEnterpriseDecision = z.infer<typeof ZEnterpriseDecision>;
