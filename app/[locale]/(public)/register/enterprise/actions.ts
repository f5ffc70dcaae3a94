"use server";
import { getLocale } from "next-intl/server";
import { clientIp } from "@/lib/auth";
import { handleForm } from "@/lib/forms";
import type { TFormState } from "@/lib/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { ZRegisterEnterprise } from "@/lib/schemas/enterprise";
import { registerEnterprise } from "@/lib/server/enterprises";

export async function registerEnterpriseAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  const state = await handleForm(ZRegisterEnterprise, formData, async (input) => {
    await registerEnterprise(input, await clientIp());
  });
  if (state.status === "success")
    redirect({ href: "/sign-in?registered=1&callbackUrl=%2Forg", locale: await getLocale() });
  return state;
}
