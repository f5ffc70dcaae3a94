"use client";
import { useActionState, type ReactNode } from "react";
import { idleForm, type TFormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";

/**
 * One small form of the application pages: hidden ids, its fields (a function of the form state, for errors and
 * typed values), one submit button, and the outcome as a status or alert right above the button.
 */
export function ActionForm({
  action,
  hidden,
  label,
  busyLabel,
  variant = "primary",
  name,
  encType,
  children,
}: {
  action: (prev: TFormState, data: FormData) => Promise<TFormState>;
  hidden: Record<string, string | number>;
  label: string;
  busyLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  /** The form's accessible name. */
  name: string;
  encType?: "multipart/form-data";
  children?: (state: TFormState) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  return (
    <form key={state.nonce} action={formAction} aria-label={name} encType={encType} noValidate>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children?.(state)}
      {state.message ? (
        <p
          role={state.status === "error" ? "alert" : "status"}
          className={`mb-3 font-medium ${state.status === "error" ? "text-red-700" : "text-green-800"}`}
        >
          {state.message}
        </p>
      ) : null}
      <Button type="submit" variant={variant} disabled={pending} aria-busy={pending}>
        {pending ? (busyLabel ?? label) : label}
      </Button>
    </form>
  );
}
