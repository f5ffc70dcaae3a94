"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleForm, type TFormState } from "@/lib/form-state";
import { EDUCATION_LEVELS, HUKOU_TYPES, PROFESSIONAL_TITLES } from "@/lib/domain/profile";
import { Button } from "@/components/ui/button";
import { SelectField, TextField, YesNoField } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";

export interface TProfileFormProps {
  action: (prev: TFormState, data: FormData) => Promise<TFormState>;
  initial: Record<string, string>;
  identity: { idType: string | null; maskedIdNumber: string | null; birthDate?: string };
  employers: { id: string; label: string }[];
}

const section = "mb-8 rounded-lg border border-slate-200 bg-white p-4 sm:p-6";
const legend = "mb-3 px-1 text-lg font-bold";

export function ProfileForm({ action, initial, identity, employers }: TProfileFormProps) {
  const t = useTranslations("profile");
  const te = useTranslations("errors");
  const tEnum = useTranslations("enums");
  const tReg = useTranslations("register");
  const [state, formAction, pending] = useActionState(action, idleForm);
  const v = state.status === "idle" ? initial : state.values;
  const e = state.fieldErrors;
  const yesNo = { yes: t("yes"), no: t("no"), unset: t("notSet") };
  const labels: Record<string, string> = Object.fromEntries(
    [
      "realName",
      "education",
      "graduationYear",
      "graduationSchool",
      "professionalTitle",
      "hukou",
      "nationality",
      "isReturnee",
      "returnDate",
      "ownsHomeInShanghai",
      "socialInsuranceMonths",
      "annualSalary",
      "contractEndDate",
    ].map((k) => [k, t(k)]),
  );
  labels.employerId = t("employer");
  return (
    <form key={state.nonce} action={formAction} noValidate>
      <ErrorSummary
        title={te("summaryTitle")}
        message={state.status === "error" ? state.message : undefined}
        fieldErrors={e}
        labels={labels}
      />
      {state.status === "success" ? (
        <Notice tone="success" live>
          {t("saved")}
        </Notice>
      ) : null}

      <fieldset className={section}>
        <legend className={legend}>{t("identitySection")}</legend>
        <TextField
          name="realName"
          label={labels.realName!}
          autoComplete="name"
          required
          defaultValue={v.realName}
          errors={e.realName}
        />
        <dl className="mb-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="text-slate-600">{t("idNumber")}</dt>
          <dd className="font-mono">
            {identity.idType ? `${tReg(`idTypes.${identity.idType}`)} ` : ""}
            {identity.maskedIdNumber ?? t("notSet")}
          </dd>
          {identity.birthDate ? (
            <>
              <dt className="text-slate-600">{t("birthDate")}</dt>
              <dd>{identity.birthDate}</dd>
            </>
          ) : null}
        </dl>
        <p className="text-sm text-slate-600">{t("idNumberLocked")}</p>
      </fieldset>

      <fieldset className={section}>
        <legend className={legend}>{t("educationSection")}</legend>
        <SelectField
          name="education"
          label={labels.education!}
          placeholder={t("notSet")}
          defaultValue={v.education ?? ""}
          options={EDUCATION_LEVELS.map((x) => ({ value: x, label: tEnum(`education.${x}`) }))}
          errors={e.education}
        />
        <TextField
          name="graduationYear"
          label={labels.graduationYear!}
          inputMode="numeric"
          defaultValue={v.graduationYear}
          errors={e.graduationYear}
        />
        <TextField
          name="graduationSchool"
          label={labels.graduationSchool!}
          defaultValue={v.graduationSchool}
          errors={e.graduationSchool}
        />
        <SelectField
          name="professionalTitle"
          label={labels.professionalTitle!}
          placeholder={t("notSet")}
          defaultValue={v.professionalTitle ?? ""}
          options={PROFESSIONAL_TITLES.map((x) => ({ value: x, label: tEnum(`professionalTitle.${x}`) }))}
          errors={e.professionalTitle}
        />
      </fieldset>

      <fieldset className={section}>
        <legend className={legend}>{t("residenceSection")}</legend>
        <SelectField
          name="hukou"
          label={labels.hukou!}
          placeholder={t("notSet")}
          defaultValue={v.hukou ?? ""}
          options={HUKOU_TYPES.map((x) => ({ value: x, label: tEnum(`hukou.${x}`) }))}
          errors={e.hukou}
        />
        <TextField
          name="nationality"
          label={labels.nationality!}
          autoComplete="country-name"
          defaultValue={v.nationality}
          errors={e.nationality}
        />
        <YesNoField
          name="isReturnee"
          legend={labels.isReturnee!}
          labels={yesNo}
          defaultValue={v.isReturnee}
          errors={e.isReturnee}
        />
        <TextField
          name="returnDate"
          type="date"
          label={labels.returnDate!}
          defaultValue={v.returnDate}
          errors={e.returnDate}
        />
        <YesNoField
          name="ownsHomeInShanghai"
          legend={labels.ownsHomeInShanghai!}
          labels={yesNo}
          defaultValue={v.ownsHomeInShanghai}
          errors={e.ownsHomeInShanghai}
        />
      </fieldset>

      <fieldset className={section}>
        <legend className={legend}>{t("employmentSection")}</legend>
        <SelectField
          name="employerId"
          label={labels.employerId!}
          hint={t("employerHint")}
          placeholder={t("employerNone")}
          defaultValue={v.employerId ?? ""}
          options={employers.map((x) => ({ value: x.id, label: x.label }))}
          errors={e.employerId}
        />
        <TextField
          name="socialInsuranceMonths"
          label={labels.socialInsuranceMonths!}
          inputMode="numeric"
          defaultValue={v.socialInsuranceMonths}
          errors={e.socialInsuranceMonths}
        />
        <TextField
          name="annualSalary"
          label={labels.annualSalary!}
          hint={t("annualSalaryHint")}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={v.annualSalary}
          errors={e.annualSalary}
        />
        <TextField
          name="contractEndDate"
          type="date"
          label={labels.contractEndDate!}
          defaultValue={v.contractEndDate}
          errors={e.contractEndDate}
        />
      </fieldset>

      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
