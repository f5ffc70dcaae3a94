"use server";
import { getTranslations } from "next-intl/server";
import { clientIp, getActor } from "@/lib/auth";
import { handleForm } from "@/lib/forms";
import type { TFormState } from "@/lib/form-state";
import { ZEnterpriseDecision } from "@/lib/schemas/enterprise";
import { UserError } from "@/lib/server/errors";
import { decideEnterprise } from "@/lib/server/enterprises";

export async function decideEnterpriseAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  return handleForm(ZEnterpriseDecision, formData, async (input) => {
    const actor = await getActor();
    if (!actor) throw new UserError("signInRequired");
    await decideEnterprise(actor, input, await clientIp());
    // No revalidation here: the card stays on screen with its confirmation until the reviewer moves on, and
    // every staff page is rendered per request, so the next page shows the new state.
    const t = await getTranslations("admin.enterprises");
    const name = String(formData.get("$name") ?? "");
    return {
      status: "success",
      fieldErrors: {},
      values: {},
      message: t(input.decision === "VERIFY" ? "verified" : "rejected", { name }),
    };
  });
}
