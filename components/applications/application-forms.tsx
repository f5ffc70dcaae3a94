"use client";
// The forms of an application (申报). Each posts to one server action and shows its answer in place.
import { useTranslations } from "next-intl";
import { CheckboxField, SelectField, TextAreaField } from "@/components/ui/field";
import {
  saveAnswersAction,
  startApplicationAction,
  submitApplicationAction,
  uploadMaterialsAction,
  withdrawApplicationAction,
} from "@/app/[locale]/(talent)/me/applications/actions";
import { ActionForm } from "./action-form";

export function StartForm({ programId, tierId, tierName }: { programId: string; tierId: string; tierName: string }) {
  const t = useTranslations("applications");
  return (
    <ActionForm
      action={startApplicationAction}
      hidden={{ programId, tierId }}
      label={t("start")}
      busyLabel={t("starting")}
      name={t("startFor", { tier: tierName })}
    />
  );
}

export function AnswersForm({
  applicationId,
  version,
  classes,
  answers,
}: {
  applicationId: string;
  version: number;
  classes: string[];
  answers: { class?: string; summary?: string; achievements?: string };
}) {
  const t = useTranslations("applications");
  return (
    <ActionForm
      action={saveAnswersAction}
      hidden={{ applicationId, version }}
      label={t("save")}
      busyLabel={t("saving")}
      variant="secondary"
      name={t("partAnswers")}
    >
      {(state) => {
        const v = state.status === "error" ? state.values : answers;
        return (
          <>
            {classes.length ? (
              <SelectField
                name="class"
                label={t("class")}
                placeholder={t("choose")}
                options={classes.map((c) => ({ value: c, label: c }))}
                defaultValue={v.class ?? ""}
                errors={state.fieldErrors.class}
              />
            ) : null}
            <TextAreaField
              name="summary"
              label={t("summary")}
              hint={t("summaryHint")}
              rows={4}
              defaultValue={v.summary ?? ""}
              errors={state.fieldErrors.summary}
            />
            <TextAreaField
              name="achievements"
              label={t("achievements")}
              hint={t("achievementsHint")}
              rows={5}
              defaultValue={v.achievements ?? ""}
              errors={state.fieldErrors.achievements}
            />
          </>
        );
      }}
    </ActionForm>
  );
}

export function UploadForm({
  applicationId,
  item,
  itemName,
}: {
  applicationId: string;
  item: string;
  itemName: string;
}) {
  const t = useTranslations("applications");
  const id = `files-${item}`;
  return (
    <ActionForm
      action={uploadMaterialsAction}
      hidden={{ applicationId, item }}
      label={t("upload")}
      busyLabel={t("uploading")}
      variant="secondary"
      name={t("uploadFor", { item: itemName })}
      encType="multipart/form-data"
    >
      {() => (
        <div className="mb-3">
          <label htmlFor={id} className="mb-1 block font-medium">
            {t("chooseFiles", { item: itemName })}
          </label>
          <p id={`${id}-hint`} className="mb-1 text-sm text-slate-600">
            {t("fileRules")}
          </p>
          <input
            id={id}
            name="files"
            type="file"
            multiple
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            aria-describedby={`${id}-hint`}
            className="block w-full min-h-11 text-base file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-brand-50 file:px-4 file:font-medium file:text-brand-800"
          />
        </div>
      )}
    </ActionForm>
  );
}

export function SubmitForm({
  applicationId,
  version,
  resubmit,
}: {
  applicationId: string;
  version: number;
  resubmit: boolean;
}) {
  const t = useTranslations("applications");
  return (
    <ActionForm
      action={submitApplicationAction}
      hidden={{ applicationId, version }}
      label={resubmit ? t("resubmit") : t("submit")}
      busyLabel={t("submitting")}
      name={t("partSubmit")}
    >
      {(state) => <CheckboxField name="declaration" label={t("declaration")} errors={state.fieldErrors.declaration} />}
    </ActionForm>
  );
}

export function WithdrawForm({ applicationId, version }: { applicationId: string; version: number }) {
  const t = useTranslations("applications");
  return (
    <ActionForm
      action={withdrawApplicationAction}
      hidden={{ applicationId, version }}
      label={t("withdraw")}
      variant="danger"
      name={t("withdraw")}
    >
      {() => <p className="mb-3 text-slate-700">{t("withdrawExplain")}</p>}
    </ActionForm>
  );
}
