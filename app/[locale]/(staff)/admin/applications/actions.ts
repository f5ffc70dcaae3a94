"use server";
import { getLocale, getTranslations } from "next-intl/server";
import { clientIp, getActor } from "@/lib/auth";
import { STATUS_NAMES } from "@/lib/domain/application-status";
import { handleForm } from "@/lib/forms";
import type { TFormState } from "@/lib/form-state";
import { ZReviewDecision } from "@/lib/schemas/application-review";
import { reviewDecide } from "@/lib/server/application-review";
import { UserError } from "@/lib/server/errors";

export async function reviewDecisionAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  return handleForm(ZReviewDecision, formData, async (input) => {
    const actor = await getActor();
    if (!actor) throw new UserError("signInRequired");
    const { status } = await reviewDecide(actor, input, await clientIp());
    const [t, locale] = await Promise.all([getTranslations("review.forms"), getLocale()]);
    // No revalidation: the page keeps the decision's confirmation on screen; the links lead to the fresh state.
    const message =
      input.decision === "APPROVE"
        ? t("approved", { status: STATUS_NAMES[status][locale === "en" ? "en" : "zh"] })
        : t(input.decision === "RETURN" ? "returned" : "rejected");
    return { status: "success", message, fieldErrors: {}, values: { decision: input.decision } };
  });
}
