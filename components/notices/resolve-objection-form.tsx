"use client";
import { useTranslations } from "next-intl";
import type { TFormState } from "@/lib/form-state";
import { DecisionForm } from "@/components/ui/decision-form";

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
  return (
    <DecisionForm
      action={action}
      name={label}
      hidden={{ objectionId }}
      reason={{
        name: "resolution",
        id: `resolution-${objectionId}`,
        label: t("resolution"),
        hint: t("resolutionHint"),
        multiline: true,
        required: true,
      }}
      buttons={[
        { value: "DISMISS", label: t("dismiss"), variant: "secondary" },
        { value: "UPHOLD", label: t("uphold"), variant: "danger" },
      ]}
    />
  );
}
