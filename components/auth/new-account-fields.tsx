"use client";
import { useTranslations } from "next-intl";
import { CheckboxField, TextField } from "@/components/ui/field";

/** The sign-in name, a new password twice and the privacy consent: the same on every registration form. */
export function NewAccountFields({
  values,
  errors,
}: {
  values: Record<string, string>;
  errors: Record<string, string[]>;
}) {
  const t = useTranslations("register");
  return (
    <>
      <TextField
        name="identifier"
        label={t("identifier")}
        hint={t("identifierHint")}
        autoComplete="username"
        inputMode="email"
        required
        defaultValue={values.identifier}
        errors={errors.identifier}
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        required
        errors={errors.password}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label={t("confirmPassword")}
        autoComplete="new-password"
        required
        errors={errors.confirmPassword}
      />
      <CheckboxField
        name="acceptPrivacy"
        label={t("acceptPrivacy")}
        defaultChecked={values.acceptPrivacy === "on"}
        errors={errors.acceptPrivacy}
      />
    </>
  );
}
