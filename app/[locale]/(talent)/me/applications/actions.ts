"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { clientIp, getActor } from "@/lib/auth";
import { handleForm } from "@/lib/forms";
import type { TFormState } from "@/lib/form-state";
import { getPathname } from "@/lib/i18n/navigation";
import {
  ZApplicationAnswers,
  ZRemoveMaterial,
  ZStartApplication,
  ZSubmitApplication,
  ZUploadMaterials,
  ZWithdrawApplication,
} from "@/lib/schemas/applications";
import { saveAnswers, startApplication, submitApplication, withdrawApplication } from "@/lib/server/applications";
import { UserError } from "@/lib/server/errors";
import { addMaterials, removeMaterial } from "@/lib/server/materials";

async function actorOrRefuse() {
  const actor = await getActor();
  if (!actor) throw new UserError("signInRequired");
  return actor;
}

const refresh = (id: string) => revalidatePath(`/[locale]/me/applications/${id}`, "page");

export async function startApplicationAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  let id: string | undefined;
  const state = await handleForm(ZStartApplication, formData, async (input) => {
    id = await startApplication(await actorOrRefuse(), input, await clientIp());
  });
  // Outside handleForm: redirect() works by throwing, and the form state is not needed once it goes.
  if (id) redirect(getPathname({ href: `/me/applications/${id}`, locale: await getLocale() }));
  return state;
}

export async function saveAnswersAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  return handleForm(ZApplicationAnswers, formData, async ({ applicationId, version, ...answers }) => {
    await saveAnswers(await actorOrRefuse(), applicationId, { version, answers });
    refresh(applicationId);
    return {
      status: "success",
      message: (await getTranslations("applications"))("saved"),
      fieldErrors: {},
      values: {},
    };
  });
}

export async function uploadMaterialsAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  return handleForm(ZUploadMaterials, formData, async ({ applicationId, item }) => {
    const files = formData
      .getAll("files")
      .filter((f): f is File => typeof f !== "string" && f.size > 0)
      .map((f) => ({ name: f.name, size: f.size, bytes: async () => new Uint8Array(await f.arrayBuffer()) }));
    const results = await addMaterials(await actorOrRefuse(), applicationId, item, files, await clientIp());
    refresh(applicationId);
    const locale = await getLocale();
    const t = await getTranslations("applications");
    const failed = results.filter((r) => !r.ok);
    const added = results.length - failed.length;
    return {
      status: failed.length ? "error" : "success",
      message: [
        added ? t("uploaded", { count: added }) : "",
        ...failed.map((r) => (locale === "zh-CN" ? r.message : r.messageEn) ?? ""),
      ]
        .filter(Boolean)
        .join(" "),
      fieldErrors: {},
      values: {},
    };
  });
}

export async function removeMaterialAction(formData: FormData): Promise<void> {
  const parsed = ZRemoveMaterial.safeParse({ materialId: formData.get("materialId") });
  const applicationId = String(formData.get("applicationId") ?? "");
  if (!parsed.success) return;
  await removeMaterial(await actorOrRefuse(), parsed.data.materialId, await clientIp()).catch((error: unknown) => {
    // A second click finds it gone; the page shows what is there.
    if (!(error instanceof UserError)) throw error;
  });
  if (applicationId) refresh(applicationId);
}

export async function submitApplicationAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  return handleForm(ZSubmitApplication, formData, async ({ applicationId, version, declaration }) => {
    const { reference } = await submitApplication(
      await actorOrRefuse(),
      applicationId,
      { version, declaration },
      await clientIp(),
    );
    refresh(applicationId);
    return {
      status: "success",
      message: (await getTranslations("applications"))("submitted", { reference }),
      fieldErrors: {},
      values: {},
    };
  });
}

export async function withdrawApplicationAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  return handleForm(ZWithdrawApplication, formData, async ({ applicationId, version }) => {
    await withdrawApplication(await actorOrRefuse(), applicationId, { version }, await clientIp());
    refresh(applicationId);
    return {
      status: "success",
      message: (await getTranslations("applications"))("withdrawn"),
      fieldErrors: {},
      values: {},
    };
  });
}
