"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleForm, type TFormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { NewAccountFields } from "@/components/auth/new-account-fields";

export function RegisterTalentForm({ action }: { action: (prev: TFormState, data: FormData) => Promise<TFormState> }) {
  const t = useTranslations("register");
  const te = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, idleForm);
  const v = state.values;
  const e = state.fieldErrors;
  const labels = {
    realName: t("realName"),
    idType: t("idType"),
    idNumber: t("idNumber"),
    identifier: t("identifier"),
    password: t("password"),
    confirmPassword: t("confirmPassword"),
    acceptPrivacy: t("acceptPrivacyShort"),
    acceptSensitive: t("acceptSensitiveShort"),
  };
  return (
    <form key={state.nonce} action={formAction} noValidate className="max-w-xl">
      <ErrorSummary title={te("summaryTitle")} message={state.message} fieldErrors={e} labels={labels} />
      <TextField
        name="realName"
        label={labels.realName}
        autoComplete="name"
        required
        defaultValue={v.realName}
        errors={e.realName}
      />
      <SelectField
        name="idType"
        label={labels.idType}
        required
        defaultValue={v.idType ?? "RESIDENT_ID"}
        options={[
          { value: "RESIDENT_ID", label: t("idTypes.RESIDENT_ID") },
          { value: "PASSPORT", label: t("idTypes.PASSPORT") },
        ]}
        errors={e.idType}
      />
      <TextField
        name="idNumber"
        label={labels.idNumber}
        hint={t("idNumberHint")}
        autoComplete="off"
        spellCheck={false}
        required
        defaultValue={v.idNumber}
        errors={e.idNumber}
      />
      <NewAccountFields values={v} errors={e} />
      <p className="mb-2 text-sm text-slate-600">{t("sensitiveExplain")}</p>
      <CheckboxField
        name="acceptSensitive"
        label={t("acceptSensitive")}
        defaultChecked={v.acceptSensitive === "on"}
        errors={e.acceptSensitive}
      />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
