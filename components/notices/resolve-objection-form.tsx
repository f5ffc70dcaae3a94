"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleForm, type TFormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";

/** A reviewer resolves an objection: dismiss, or uphold (which rejects the application), always with a resolution. */
export function ResolveObjectionForm({
  action,
  objectionId,
  label,
}: {
  action: (prev: TFormState, data: FormData) => Promise<TFormState>;
  objectionId: string;
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
  return (
    <form key={state.nonce} action={formAction} noValidate aria-label={label}>
      <input type="hidden" name="objectionId" value={objectionId} />
      {state.status === "error" && state.message && !state.fieldErrors.resolution ? (
        <p role="alert" className="mb-2 font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
      <TextAreaField
        name="resolution"
        id={`resolution-${objectionId}`}
        label={t("resolution")}
        hint={t("resolutionHint")}
        required
        rows={3}
        maxLength={1000}
        defaultValue={state.values.resolution}
        errors={state.fieldErrors.resolution}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="decision" value="DISMISS" variant="secondary" disabled={pending}>
          {t("dismiss")}
        </Button>
        <Button type="submit" name="decision" value="UPHOLD" variant="danger" disabled={pending}>
          {t("uphold")}
        </Button>
      </div>
    </form>
  );
}
