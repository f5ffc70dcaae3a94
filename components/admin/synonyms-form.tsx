"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleForm, type TFormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
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
      <label htmlFor="groups" className="mb-1 block font-medium">
        {t("groups")}
      </label>
      <p id="groups-hint" className="mb-1 text-sm text-slate-600">
        {t("groupsHint")}
      </p>
      {error ? (
        <p id="groups-error" className="mb-1 text-sm font-medium text-red-700">
          {error.join(" ")}
        </p>
      ) : null}
      <textarea
        id="groups"
        name="groups"
        rows={12}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "groups-hint groups-error" : "groups-hint"}
        className="mb-4 block w-full rounded-md border border-slate-400 px-3 py-2 focus:outline-3 focus:outline-amber-400"
      />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
