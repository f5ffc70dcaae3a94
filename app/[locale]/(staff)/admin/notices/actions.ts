"use server";
import { getTranslations } from "next-intl/server";
import { clientIp, getActor } from "@/lib/auth";
import { handleForm } from "@/lib/forms";
import type { TFormState } from "@/lib/form-state";
import { ZObjectionResolution, ZRecognitionInput } from "@/lib/schemas/notices";
import { UserError } from "@/lib/server/errors";
import { recogniseApplication, resolveObjection } from "@/lib/server/notices";

export async function resolveObjectionAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  return handleForm(ZObjectionResolution, formData, async (input) => {
    const actor = await getActor();
    if (!actor) throw new UserError("signInRequired");
    await resolveObjection(actor, input, await clientIp());
    const t = await getTranslations("recognition");
    // No revalidation: the answered item stays on screen with its result until the next visit, instead of vanishing
    // (the /admin counts are read per request).
    return {
      status: "success",
      message: t(input.decision === "UPHOLD" ? "upheld" : "dismissed"),
      fieldErrors: {},
      values: {},
    };
  });
}

export async function recogniseAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  return handleForm(ZRecognitionInput, formData, async (input) => {
    const actor = await getActor();
    if (!actor) throw new UserError("signInRequired");
    const done = await recogniseApplication(actor, input, await clientIp());
    const t = await getTranslations("recognition");
    return {
      status: "success",
      message: t("recognised", { certificateNo: done.certificateNo, validUntil: done.validUntil }),
      fieldErrors: {},
      values: {},
    };
  });
}
