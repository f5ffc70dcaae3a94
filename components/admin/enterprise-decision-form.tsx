"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleForm, type TFormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/** Verify or reject one registration; a reason is required to reject and is shown to the employer. */
export function EnterpriseDecisionForm({
  action,
  enterpriseId,
  name,
}: {
  action: (prev: TFormState, data: FormData) => Promise<TFormState>;
  enterpriseId: string;
  name: string;
}) {
  const t = useTranslations("admin.enterprises");
  const [state, formAction, pending] = useActionState(action, idleForm);
  const fieldName = `reason-${enterpriseId}`;
  if (state.status === "success") {
    return (
      <p role="status" className="font-medium text-green-800">
        {state.message}
      </p>
    );
  }
  return (
    <form key={state.nonce} action={formAction} noValidate aria-label={name}>
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      <input type="hidden" name="$name" value={name} />
      {state.status === "error" && state.message && !state.fieldErrors.reason ? (
        <p role="alert" className="mb-2 font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
      <TextField
        name="reason"
        id={fieldName}
        label={t("reason")}
        hint={t("reasonHint")}
        defaultValue={state.values.reason}
        errors={state.fieldErrors.reason}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="decision" value="VERIFY" disabled={pending}>
          {t("verify")}
        </Button>
        <Button type="submit" name="decision" value="REJECT" variant="danger" disabled={pending}>
          {t("reject")}
        </Button>
      </div>
    </form>
  );
}
