"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleForm, type TFormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";

/** 免申即享: one click to accept an offer (or turn it down). */
export function OfferAnswerForm({
  action,
  offerId,
  title,
  needsEmployer,
}: {
  action: (prev: TFormState, data: FormData) => Promise<TFormState>;
  offerId: string;
  title: string;
  needsEmployer: boolean;
}) {
  const t = useTranslations("offers");
  const [state, formAction, pending] = useActionState(action, idleForm);
  if (state.status === "success") {
    return (
      <p role="status" className="font-medium text-green-800">
        {state.message}
      </p>
    );
  }
  return (
    <form key={state.nonce} action={formAction} aria-label={title}>
      <input type="hidden" name="offerId" value={offerId} />
      {state.status === "error" && state.message ? (
        <p role="alert" className="mb-2 font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
      <p className="mb-3 text-slate-700">{needsEmployer ? t("explainWithEmployer") : t("explain")}</p>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="answer" value="CONFIRM" disabled={pending}>
          {t("confirm")}
        </Button>
        <Button type="submit" name="answer" value="DECLINE" variant="secondary" disabled={pending}>
          {t("decline")}
        </Button>
      </div>
    </form>
  );
}
