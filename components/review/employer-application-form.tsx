"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleForm, type TFormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/** HR confirms an employee's application (单位审核), or declines it with a reason the applicant will read. */
export function EmployerApplicationForm({
  action,
  applicationId,
  version,
  title,
}: {
  action: (prev: TFormState, data: FormData) => Promise<TFormState>;
  applicationId: string;
  version: number;
  title: string;
}) {
  const t = useTranslations("review.org");
  const [state, formAction, pending] = useActionState(action, idleForm);
  if (state.status === "success") {
    return (
      <p role="status" className="font-medium text-green-800">
        {state.message}
      </p>
    );
  }
  return (
    <form key={state.nonce} action={formAction} noValidate aria-label={title}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      {state.status === "error" && state.message && !state.fieldErrors.reason ? (
        <p role="alert" className="mb-2 font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
      <TextField
        name="reason"
        id={`reason-${applicationId}`}
        label={t("reason")}
        hint={t("reasonHint")}
        defaultValue={state.values.reason}
        errors={state.fieldErrors.reason}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="decision" value="CONFIRM" disabled={pending}>
          {t("confirm")}
        </Button>
        <Button type="submit" name="decision" value="DECLINE" variant="danger" disabled={pending}>
          {t("decline")}
        </Button>
      </div>
    </form>
  );
}
