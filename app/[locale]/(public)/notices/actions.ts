"use server";
import { getTranslations } from "next-intl/server";
import { clientIp, getActor } from "@/lib/auth";
import { handleForm } from "@/lib/forms";
import type { TFormState } from "@/lib/form-state";
import { ZObjectionInput } from "@/lib/schemas/notices";
import { UserError } from "@/lib/server/errors";
import { fileObjection } from "@/lib/server/notices";

export async function fileObjectionAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  return handleForm(ZObjectionInput, formData, async (input) => {
    const actor = await getActor();
    if (!actor) throw new UserError("signInRequired");
    await fileObjection(actor, input, await clientIp());
    const t = await getTranslations("notices");
    return { status: "success", message: t("objectionFiled"), fieldErrors: {}, values: {} };
  });
}
