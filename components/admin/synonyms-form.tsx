"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleForm, type TFormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

export function SynonymsForm({
  action,
  initial,
}: {
  action: (prev: TFormState, data: FormData) => Promise<TFormState>;
  initial: string;
}) {
  const t = useTranslations("adminPolicies.synonyms");
  const te = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, idleForm);
  const value = state.status === "idle" ? initial : state.values.groups;
  const error = state.fieldErrors.groups;
  return (
    <form key={state.nonce} action={formAction} noValidate>
      <ErrorSummary
        title={te("summaryTitle")}
        message={state.status === "error" ? state.message : undefined}
        fieldErrors={state.fieldErrors}
        labels={{ groups: t("groups") }}
      />
      {state.status === "success" ? (
        <Notice tone="success" live>
          {state.message}
        </Notice>
      ) : null}
      <TextAreaField
        name="groups"
        label={t("groups")}
        hint={t("groupsHint")}
        rows={12}
        defaultValue={value}
        errors={error}
      />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
