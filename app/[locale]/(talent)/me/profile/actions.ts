"use server";
import { revalidatePath } from "next/cache";
import { clientIp, getActor } from "@/lib/auth";
import { handleForm } from "@/lib/forms";
import type { TFormState } from "@/lib/form-state";
import { ZTalentProfile } from "@/lib/schemas/profile";
import { UserError } from "@/lib/server/errors";
import { updateOwnProfile } from "@/lib/server/profiles";

export async function saveProfileAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  return handleForm(ZTalentProfile, formData, async (input) => {
    const actor = await getActor();
    if (!actor) throw new UserError("signInRequired");
    await updateOwnProfile(actor, input, await clientIp());
    revalidatePath("/[locale]/me", "layout");
  });
}
