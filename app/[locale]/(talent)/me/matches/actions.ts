"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { clientIp, getActor } from "@/lib/auth";
import { handleForm } from "@/lib/forms";
import type { TFormState } from "@/lib/form-state";
import { ZOfferAnswer } from "@/lib/schemas/offers";
import { UserError } from "@/lib/server/errors";
import { confirmOffer, declineOffer } from "@/lib/server/offers";

export async function answerOfferAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  return handleForm(ZOfferAnswer, formData, async (input) => {
    const actor = await getActor();
    if (!actor) throw new UserError("signInRequired");
    const t = await getTranslations("offers");
    const ip = await clientIp();
    let message: string;
    if (input.answer === "CONFIRM") {
      const to = await confirmOffer(actor, input.offerId, ip);
      message = t(to === "GRANTED" ? "grantedNow" : "sentToEmployer");
    } else {
      await declineOffer(actor, input.offerId, ip);
      message = t("declinedNow");
    }
    revalidatePath("/[locale]/me", "layout");
    return { status: "success", message, fieldErrors: {}, values: {} };
  });
}
