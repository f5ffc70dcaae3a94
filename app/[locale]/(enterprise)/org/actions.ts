"use server";
import { getTranslations } from "next-intl/server";
import { clientIp, getActor } from "@/lib/auth";
import { handleForm } from "@/lib/forms";
import type { TFormState } from "@/lib/form-state";
import { ZEmployerApplicationDecision } from "@/lib/schemas/application-review";
import { ZOfferDecision } from "@/lib/schemas/offers";
import { employerDecide } from "@/lib/server/application-review";
import { UserError } from "@/lib/server/errors";
import { decideOfferAsEmployer } from "@/lib/server/offers";

export async function decideOfferAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  return handleForm(ZOfferDecision, formData, async (input) => {
    const actor = await getActor();
    if (!actor) throw new UserError("signInRequired");
    await decideOfferAsEmployer(actor, input, await clientIp());
    const t = await getTranslations("org.offers");
    // No revalidation: the decided item stays on screen with its result until the next visit, instead of vanishing.
    return {
      status: "success",
      message: t(input.decision === "CONFIRM" ? "confirmed" : "declined"),
      fieldErrors: {},
      values: {},
    };
  });
}

export async function decideApplicationAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  return handleForm(ZEmployerApplicationDecision, formData, async (input) => {
    const actor = await getActor();
    if (!actor) throw new UserError("signInRequired");
    await employerDecide(actor, input, await clientIp());
    const t = await getTranslations("review.org");
    // Like the offers: the decided application stays on screen with its result until the next visit.
    return {
      status: "success",
      message: t(input.decision === "CONFIRM" ? "confirmed" : "declined"),
      fieldErrors: {},
      values: {},
    };
  });
}
