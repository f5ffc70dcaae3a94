"use server";
import { getLocale } from "next-intl/server";
import { clientIp } from "@/lib/auth";
import { handleForm } from "@/lib/forms";
import type { TFormState } from "@/lib/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { ZRegisterTalent } from "@/lib/schemas/auth";
import { registerTalent } from "@/lib/server/accounts";

export async function registerTalentAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  const state = await handleForm(ZRegisterTalent, formData, async (input) => {
    await registerTalent(input, await clientIp());
  });
  if (state.status === "success") redirect({ href: "/sign-in?registered=1", locale: await getLocale() });
  return state;
}
