"use client";
import { useTranslations } from "next-intl";
import type { TFormState } from "@/lib/form-state";
import { DecisionForm } from "@/components/ui/decision-form";

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
  return (
    <DecisionForm
      action={action}
      name={title}
      hidden={{ applicationId, version }}
      reason={{ name: "reason", id: `reason-${applicationId}`, label: t("reason"), hint: t("reasonHint") }}
      buttons={[
        { value: "CONFIRM", label: t("confirm") },
        { value: "DECLINE", label: t("decline"), variant: "danger" },
      ]}
    />
  );
}
