"use client";
import { useActionState } from "react";
import { idleForm, type TFormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";

export interface TDecisionButton {
  value: string;
  label: string;
  variant?: "primary" | "secondary" | "danger";
}

/**
 * A decision on one record (verify/reject, confirm/decline, dismiss/uphold): hidden ids, one reason field, one button
 * per choice posting `decision`. On success the form gives way to the answer, so it cannot be sent twice; an error
 * not about the reason shows above the field.
 */
export function DecisionForm({
  action,
  name,
  hidden,
  reason,
  buttons,
}: {
  action: (prev: TFormState, data: FormData) => Promise<TFormState>;
  /** The form's accessible name: what is being decided. */
  name: string;
  hidden: Record<string, string | number>;
  reason: {
    name: string;
    /** Unique on the page, as several decision forms may share one. */
    id: string;
    label: string;
    hint?: string;
    multiline?: boolean;
    required?: boolean;
  };
  buttons: TDecisionButton[];
}) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  if (state.status === "success") {
    return (
      <p role="status" className="font-medium text-green-800">
        {state.message}
      </p>
    );
  }
  const errors = state.fieldErrors[reason.name];
  const field = {
    name: reason.name,
    id: reason.id,
    label: reason.label,
    hint: reason.hint,
    required: reason.required,
    defaultValue: state.values[reason.name],
    errors,
  };
  return (
    <form key={state.nonce} action={formAction} noValidate aria-label={name}>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {state.status === "error" && state.message && !errors ? (
        <p role="alert" className="mb-2 font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
      {reason.multiline ? <TextAreaField {...field} rows={3} maxLength={1000} /> : <TextField {...field} />}
      <div className="flex flex-wrap gap-3">
        {buttons.map((b) => (
          <Button key={b.value} type="submit" name="decision" value={b.value} variant={b.variant} disabled={pending}>
            {b.label}
          </Button>
        ))}
      </div>
    </form>
  );
}
