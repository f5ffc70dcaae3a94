"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleForm, type TFormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";

const ACTIONS_BY_STATUS: Record<string, ("publish" | "unpublish" | "expire")[]> = {
  DRAFT: ["publish"],
  PUBLISHED: ["expire", "unpublish"],
  EXPIRED: ["publish", "unpublish"],
  SUPERSEDED: [],
};

export function PolicyStatusForm({
  action,
  policyId,
  status,
}: {
  action: (prev: TFormState, data: FormData) => Promise<TFormState>;
  policyId: string;
  status: string;
}) {
  const t = useTranslations("adminPolicies.actions");
  const [state, formAction, pending] = useActionState(action, idleForm);
  return (
    <form key={state.nonce} action={formAction} className="flex flex-wrap gap-3">
      <input type="hidden" name="id" value={policyId} />
      {state.status === "error" && state.message ? (
        <p role="alert" className="w-full font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
      {(ACTIONS_BY_STATUS[status] ?? []).map((a) => (
        <Button
          key={a}
          type="submit"
          name="action"
          value={a}
          variant={a === "publish" ? "primary" : "secondary"}
          disabled={pending}
        >
          {t(a)}
        </Button>
      ))}
    </form>
  );
}
