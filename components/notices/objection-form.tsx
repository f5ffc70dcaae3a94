"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleForm, type TFormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";

/** 提出异议: one notice's objection, folded away until asked for so the list stays readable on a phone. */
export function ObjectionForm({
  action,
  applicationId,
  label,
}: {
  action: (prev: TFormState, data: FormData) => Promise<TFormState>;
  applicationId: string;
  /** Which notice, for screen readers: "提出异议：张** · 项目". */
  label: string;
}) {
  const t = useTranslations("notices");
  const [state, formAction, pending] = useActionState(action, idleForm);
  if (state.status === "success") {
    return (
      <p role="status" className="mt-3 font-medium text-green-800">
        {state.message}
      </p>
    );
  }
  const failed = state.status === "error";
  return (
    <details className="mt-3" open={failed || undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800">
        {t("object")}
        <span className="sr-only">：{label}</span>
      </summary>
      <form key={state.nonce} action={formAction} noValidate aria-label={`${t("object")}：${label}`} className="mt-2">
        <input type="hidden" name="applicationId" value={applicationId} />
        {failed && state.message && !state.fieldErrors.reason ? (
          <p role="alert" className="mb-2 font-medium text-red-700">
            {state.message}
          </p>
        ) : null}
        <TextAreaField
          name="reason"
          id={`reason-${applicationId}`}
          label={t("reason")}
          hint={t("reasonHint")}
          required
          rows={4}
          maxLength={1000}
          defaultValue={state.values.reason}
          errors={state.fieldErrors.reason}
        />
        <Button type="submit" disabled={pending}>
          {t("submitObjection")}
        </Button>
      </form>
    </details>
  );
}
