"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleForm, type TFormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";

/** 认定: validity in years, and — only when the check found overlapping benefits — the reason to override. */
export function RecogniseForm({
  action,
  applicationId,
  version,
  conflicts,
  label,
}: {
  action: (prev: TFormState, data: FormData) => Promise<TFormState>;
  applicationId: string;
  version: number;
  conflicts: boolean;
  label: string;
}) {
  const t = useTranslations("recognition");
  const [state, formAction, pending] = useActionState(action, idleForm);
  if (state.status === "success") {
    return (
      <p role="status" className="font-medium text-green-800">
        {state.message}
      </p>
    );
  }
  const id = (name: string) => `${name}-${applicationId}`;
  return (
    <form key={state.nonce} action={formAction} noValidate aria-label={label}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      {state.status === "error" && state.message && Object.keys(state.fieldErrors).length === 0 ? (
        <p role="alert" className="mb-2 font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
      <TextField
        name="validYears"
        id={id("validYears")}
        label={t("validYears")}
        hint={t("validYearsHint")}
        type="number"
        inputMode="numeric"
        min={1}
        max={10}
        defaultValue={state.values.validYears ?? "3"}
        errors={state.fieldErrors.validYears}
      />
      {conflicts ? (
        <TextAreaField
          name="overrideReason"
          id={id("overrideReason")}
          label={t("overrideReason")}
          hint={t("overrideReasonHint")}
          required
          rows={3}
          maxLength={500}
          defaultValue={state.values.overrideReason}
          errors={state.fieldErrors.overrideReason}
        />
      ) : null}
      <Button type="submit" disabled={pending}>
        {t("recognise")}
      </Button>
    </form>
  );
}
