"use client";
import { useTranslations } from "next-intl";
import type { TFormState } from "@/lib/form-state";
import { DecisionForm } from "@/components/ui/decision-form";

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
  return (
    <DecisionForm
      action={action}
      name={name}
      hidden={{ enterpriseId, $name: name }}
      reason={{ name: "reason", id: `reason-${enterpriseId}`, label: t("reason"), hint: t("reasonHint") }}
      buttons={[
        { value: "VERIFY", label: t("verify") },
        { value: "REJECT", label: t("reject"), variant: "danger" },
      ]}
    />
  );
}
