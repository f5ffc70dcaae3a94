import { z } from "zod";
import { ID_TYPES } from "@/lib/domain/profile";
import { always, checkIdDocument, zIdentifier, zNewPassword, zSignInPassword, zText, zTicked } from "./common";

export const ZSignIn = z.object({ identifier: zIdentifier, password: zSignInPassword });
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZRegisterTalent = z
  .object({
    realName: zText(50),
    idType: z.enum(ID_TYPES, { error: "choose" }),
    idNumber: z.string({ error: "required" }),
    identifier: zIdentifier,
    password: zNewPassword,
    confirmPassword: z.string(),
    acceptPrivacy: zTicked,
    acceptSensitive: zTicked,
  })
  .superRefine((v, ctx) => {
    const raw = ctx.value as Partial<Record<keyof typeof v, unknown>>;
    const id = checkIdDocument(raw.idType ?? "RESIDENT_ID", raw.idNumber);
    if (!id.ok) ctx.addIssue({ code: "custom", path: ["idNumber"], message: id.message });
    if (raw.password !== raw.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "password.mismatch" });
    }
  }, always);
export type TRegisterTalent = z.infer<typeof ZRegisterTalent>;
