"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleForm, type TFormState } from "@/lib/form-state";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";

type TDecision = "APPROVE" | "RETURN" | "REJECT";

/**
 * The reviewer's three decisions on one application, as three small forms sharing one answer: whichever is sent,
 * its errors show in its own form, and a success replaces all three with the result (the application has moved on).
 */
export function ReviewDecisionForms({
  action,
  applicationId,
  version,
  actions,
  nextStageName,
}: {
  action: (prev: TFormState, data: FormData) => Promise<TFormState>;
  applicationId: string;
  version: number;
  actions: readonly ("approve" | "return" | "reject")[];
  nextStageName: string | null;
}) {
  const t = useTranslations("review.forms");
  const [state, formAction, pending] = useActionState(action, idleForm);
  if (state.status === "success") {
    return (
      <div role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-4">
        <p className="mb-2 font-medium text-green-900">{state.message}</p>
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/admin/applications">{t("backToQueue")}</Link>
          <a href="">{t("refresh")}</a>
        </p>
      </div>
    );
  }
  const sent = state.status === "error" ? (state.values.decision as TDecision | undefined) : undefined;
  const errorsOf = (decision: TDecision, field: string) => (sent === decision ? state.fieldErrors[field] : undefined);
  // A refusal is shown at the top of its form; field errors show at their fields and are also announced here.
  const alertFor = (decision: TDecision) => {
    if (sent !== decision) return null;
    const fieldMessages = Object.values(state.fieldErrors).flat();
    if (fieldMessages.length > 0) {
      return (
        <p role="alert" className="sr-only">
          {fieldMessages.join(" ")}
        </p>
      );
    }
    return state.message ? (
      <p role="alert" className="mb-3 font-medium text-red-700">
        {state.message}
      </p>
    ) : null;
  };
  const hidden = (
    <>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  const box = "rounded-lg border border-slate-300 bg-white p-4";
  return (
    <div key={state.nonce} className="space-y-4">
      {actions.includes("approve") ? (
        <form action={formAction} noValidate aria-labelledby="approve-heading" className={box}>
          <h3 id="approve-heading" className="mb-1 text-lg font-bold">
            {t("approveHeading")}
          </h3>
          {nextStageName ? <p className="mb-3 text-slate-700">{t("approveExplain", { next: nextStageName })}</p> : null}
          {alertFor("APPROVE")}
          {hidden}
          <input type="hidden" name="decision" value="APPROVE" />
          <TextField
            name="reason"
            id="approve-reason"
            label={t("comment")}
            defaultValue={sent === "APPROVE" ? state.values.reason : undefined}
            errors={errorsOf("APPROVE", "reason")}
          />
          <Button type="submit" disabled={pending}>
            {t("approve")}
          </Button>
        </form>
      ) : null}
      {actions.includes("return") ? (
        <form action={formAction} noValidate aria-labelledby="return-heading" className={box}>
          <h3 id="return-heading" className="mb-3 text-lg font-bold">
            {t("returnHeading")}
          </h3>
          {alertFor("RETURN")}
          {hidden}
          <input type="hidden" name="decision" value="RETURN" />
          <TextAreaField
            name="items"
            id="return-items"
            label={t("items")}
            hint={t("itemsHint")}
            rows={4}
            required
            defaultValue={sent === "RETURN" ? state.values.items : undefined}
            errors={errorsOf("RETURN", "items")}
          />
          <TextField
            name="reason"
            id="return-reason"
            label={t("returnComment")}
            defaultValue={sent === "RETURN" ? state.values.reason : undefined}
            errors={errorsOf("RETURN", "reason")}
          />
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("return")}
          </Button>
        </form>
      ) : null}
      {actions.includes("reject") ? (
        <form action={formAction} noValidate aria-labelledby="reject-heading" className={box}>
          <h3 id="reject-heading" className="mb-3 text-lg font-bold">
            {t("rejectHeading")}
          </h3>
          {alertFor("REJECT")}
          {hidden}
          <input type="hidden" name="decision" value="REJECT" />
          <TextAreaField
            name="reason"
            id="reject-reason"
            label={t("reason")}
            hint={t("reasonHint")}
            rows={3}
            required
            defaultValue={sent === "REJECT" ? state.values.reason : undefined}
            errors={errorsOf("REJECT", "reason")}
          />
          <Button type="submit" variant="danger" disabled={pending}>
            {t("reject")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
