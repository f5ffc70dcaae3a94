"use client";
import { useTranslations } from "next-intl";
import type { TFormState } from "@/lib/form-state";
import { DecisionForm } from "@/components/ui/decision-form";

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
  return (
    <DecisionForm
      action={action}
      name={title}
      hidden={{ offerId }}
      reason={{ name: "reason", id: `reason-${offerId}`, label: t("reason"), hint: t("reasonHint") }}
      buttons={[
        { value: "CONFIRM", label: t("confirm") },
        { value: "DECLINE", label: t("decline"), variant: "danger" },
      ]}
    />
  );
}
