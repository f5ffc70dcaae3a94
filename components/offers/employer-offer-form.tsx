"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleForm, type TFormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/** HR confirms an employee's apply-free benefit, or declines it with a reason the employee will read. */
export function EmployerOfferForm({
  action,
  offerId,
  title,
}: {
  action: (prev: TFormState, data: FormData) => Promise<TFormState>;
  offerId: string;
  title: string;
}) {
  const t = useTranslations("org.offers");
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
      <input type="hidden" name="offerId" value={offerId} />
      {state.status === "error" && state.message && !state.fieldErrors.reason ? (
        <p role="alert" className="mb-2 font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
      <TextField
        name="reason"
        id={`reason-${offerId}`}
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
