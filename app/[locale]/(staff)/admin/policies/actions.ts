"use server";
import { randomUUID } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { clientIp, getActor } from "@/lib/auth";
import { handleForm } from "@/lib/forms";
import type { TFormState } from "@/lib/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { ZPolicyInput, ZSynonymsInput } from "@/lib/schemas/policy";
import { InvalidRuleError } from "@/lib/domain/eligibility";
import { UserError } from "@/lib/server/errors";
import { previewRuleMatches, type TRuleMatchCounts } from "@/lib/server/rule-preview";
import { changePolicyStatus, createPolicy, saveSynonymGroups, updatePolicy } from "@/lib/server/policies";

async function actor() {
  const a = await getActor();
  if (!a) throw new UserError("signInRequired");
  return a;
}

export async function createPolicyAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  let id: string | undefined;
  const state = await handleForm(ZPolicyInput, formData, async (input) => {
    id = await createPolicy(await actor(), input, await clientIp());
  });
  if (id) redirect({ href: `/admin/policies/${id}?created=1`, locale: await getLocale() });
  return state;
}

export async function updatePolicyAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  const id = String(formData.get("$id") ?? "");
  return handleForm(ZPolicyInput, formData, async (input) => {
    await updatePolicy(await actor(), id, input, await clientIp());
    // A fresh page carries the new version, which the next save must name.
    redirect({ href: `/admin/policies/${id}?saved=1`, locale: await getLocale() });
  });
}

const ZStatusChange = z.object({ id: z.string().min(1), action: z.enum(["publish", "unpublish", "expire"]) });

export async function changePolicyStatusAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  return handleForm(ZStatusChange, formData, async ({ id, action }) => {
    await changePolicyStatus(await actor(), id, action, await clientIp());
    redirect({ href: `/admin/policies/${id}?status=1`, locale: await getLocale() });
  });
}

export async function saveSynonymsAction(_prev: TFormState, formData: FormData): Promise<TFormState> {
  const t = await getTranslations("adminPolicies.synonyms");
  return handleForm(ZSynonymsInput, formData, async ({ groups }) => {
    await saveSynonymGroups(await actor(), groups, await clientIp());
    return {
      status: "success",
      fieldErrors: {},
      values: { groups: String(formData.get("groups") ?? "") },
      message: t("saved"),
    };
  });
}

export type TRulePreviewAnswer = { status: "ok"; counts: TRuleMatchCounts } | { status: "error"; message: string };

const ZRulePreview = z.string().max(200_000);

/** 统计可匹配人数: counts only, so the builder can show them before the policy is saved or published. */
export async function previewRuleMatchesAction(ruleJson: unknown): Promise<TRulePreviewAnswer> {
  const [locale, te] = await Promise.all([getLocale(), getTranslations("errors")]);
  try {
    const a = await actor();
    const text = ZRulePreview.safeParse(ruleJson);
    if (!text.success) return { status: "error", message: te("ruleJson") };
    return { status: "ok", counts: await previewRuleMatches(a, text.data) };
  } catch (error) {
    if (error instanceof InvalidRuleError) {
      const messages = error.errors.map((e) => (locale === "zh-CN" ? e.message : e.messageEn));
      return { status: "error", message: messages.join(locale === "zh-CN" ? "；" : "; ") };
    }
    if (error instanceof UserError) return { status: "error", message: te(error.key) };
    const id = randomUUID().slice(0, 8);
    console.error(`[error ${id}]`, error);
    return { status: "error", message: te("unexpected", { id }) };
  }
}
