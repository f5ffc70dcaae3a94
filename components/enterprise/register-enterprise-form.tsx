"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { idleForm, type TFormState } from "@/lib/form-state";
import { DISTRICTS } from "@/lib/domain/districts";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { NewAccountFields } from "@/components/auth/new-account-fields";

export function RegisterEnterpriseForm({
  action,
}: {
  action: (prev: TFormState, data: FormData) => Promise<TFormState>;
}) {
  const t = useTranslations("registerEnterprise");
  const tr = useTranslations("register");
  const te = useTranslations("errors");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, idleForm);
  const v = state.values;
  const e = state.fieldErrors;
  const labels = {
    uscc: t("uscc"),
    name: t("name"),
    districtCode: t("district"),
    industry: t("industry"),
    address: t("address"),
    contactName: t("contactName"),
    identifier: tr("identifier"),
    password: tr("password"),
    confirmPassword: tr("confirmPassword"),
    acceptPrivacy: tr("acceptPrivacyShort"),
  };
  return (
    <form key={state.nonce} action={formAction} noValidate className="max-w-xl">
      <ErrorSummary title={te("summaryTitle")} message={state.message} fieldErrors={e} labels={labels} />
      <fieldset className="mb-6">
        <legend className="mb-3 text-lg font-bold">{t("enterpriseSection")}</legend>
        <TextField
          name="uscc"
          label={labels.uscc}
          hint={t("usccHint")}
          autoComplete="off"
          spellCheck={false}
          required
          defaultValue={v.uscc}
          errors={e.uscc}
        />
        <TextField
          name="name"
          label={labels.name}
          autoComplete="organization"
          required
          defaultValue={v.name}
          errors={e.name}
        />
        <SelectField
          name="districtCode"
          label={labels.districtCode}
          required
          placeholder=""
          defaultValue={v.districtCode ?? ""}
          options={DISTRICTS.map((d) => ({ value: d.code, label: locale === "zh-CN" ? d.name : d.nameEn }))}
          errors={e.districtCode}
        />
        <TextField name="industry" label={labels.industry} defaultValue={v.industry} errors={e.industry} />
        <TextField
          name="address"
          label={labels.address}
          autoComplete="street-address"
          defaultValue={v.address}
          errors={e.address}
        />
      </fieldset>
      <fieldset className="mb-6">
        <legend className="mb-3 text-lg font-bold">{t("accountSection")}</legend>
        <TextField
          name="contactName"
          label={labels.contactName}
          autoComplete="name"
          required
          defaultValue={v.contactName}
          errors={e.contactName}
        />
        <NewAccountFields values={v} errors={e} />
      </fieldset>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
