"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { idleForm, type TFormState } from "@/lib/form-state";
import { DISTRICTS } from "@/lib/domain/districts";
import { POLICY_CATEGORIES, TARGET_GROUPS } from "@/lib/domain/policy";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";

export interface TPolicyFormProps {
  action: (prev: TFormState, data: FormData) => Promise<TFormState>;
  initial: Record<string, string>;
  /** The districts this admin may file a policy under; "" stands for city-level. */
  districtChoices: string[];
  policyId?: string;
}

function Checkboxes({
  name,
  legend,
  options,
  checked,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: string[];
}) {
  return (
    <fieldset className="mb-5">
      <legend className="mb-1 font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="inline-flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={checked.includes(o.value)}
              className="h-5 w-5 accent-brand-700"
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function PolicyForm({ action, initial, districtChoices, policyId }: TPolicyFormProps) {
  const t = useTranslations("adminPolicies.form");
  const tp = useTranslations("policies");
  const te = useTranslations("errors");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, idleForm);
  const v = state.status === "idle" ? initial : state.values;
  const e = state.fieldErrors;
  const labels: Record<string, string> = {
    title: t("title"),
    kind: t("kind"),
    districtCode: t("district"),
    cityName: t("cityName"),
    issuers: t("issuers"),
    docNumber: t("docNumber"),
    issuedOn: t("issuedOn"),
    effectiveOn: t("effectiveOn"),
    expiresOn: t("expiresOn"),
    categories: t("categories"),
    targetGroups: t("targetGroups"),
    body: t("body"),
  };
  const list = (s: string | undefined) => (s ? s.split(",") : []);
  return (
    <form key={state.nonce} action={formAction} noValidate>
      <ErrorSummary
        title={te("summaryTitle")}
        message={state.status === "error" ? state.message : undefined}
        fieldErrors={e}
        labels={labels}
      />
      {policyId ? <input type="hidden" name="$id" value={policyId} /> : null}
      {initial.updatedAt ? <input type="hidden" name="updatedAt" value={initial.updatedAt} /> : null}
      <TextField name="title" label={labels.title!} required defaultValue={v.title} errors={e.title} />
      <SelectField
        name="kind"
        label={labels.kind!}
        required
        defaultValue={v.kind ?? "POLICY"}
        options={(["POLICY", "NEWS"] as const).map((k) => ({ value: k, label: tp(`kinds.${k}`) }))}
        errors={e.kind}
      />
      <SelectField
        name="districtCode"
        label={labels.districtCode!}
        required
        defaultValue={v.districtCode ?? districtChoices[0]}
        options={districtChoices.map((code) => ({
          value: code,
          label: code
            ? (DISTRICTS.find((d) => d.code === code)?.[locale === "zh-CN" ? "name" : "nameEn"] ?? code)
            : t("cityLevel"),
        }))}
        errors={e.districtCode}
      />
      <TextField
        name="cityName"
        label={labels.cityName!}
        required
        defaultValue={v.cityName ?? "上海市"}
        errors={e.cityName}
      />
      <div className="mb-5">
        <label htmlFor="issuers" className="mb-1 block font-medium">
          {labels.issuers}
        </label>
        <p id="issuers-hint" className="mb-1 text-sm text-slate-600">
          {t("issuersHint")}
        </p>
        {e.issuers ? (
          <p id="issuers-error" className="mb-1 text-sm font-medium text-red-700">
            {e.issuers.join(" ")}
          </p>
        ) : null}
        <textarea
          id="issuers"
          name="issuers"
          rows={2}
          defaultValue={v.issuers}
          aria-describedby={e.issuers ? "issuers-hint issuers-error" : "issuers-hint"}
          className="block w-full rounded-md border border-slate-400 px-3 py-2 focus:outline-3 focus:outline-amber-400"
        />
      </div>
      <TextField name="docNumber" label={labels.docNumber!} defaultValue={v.docNumber} errors={e.docNumber} />
      <div className="grid gap-x-4 sm:grid-cols-3">
        <TextField name="issuedOn" type="date" label={labels.issuedOn!} defaultValue={v.issuedOn} errors={e.issuedOn} />
        <TextField
          name="effectiveOn"
          type="date"
          label={labels.effectiveOn!}
          defaultValue={v.effectiveOn}
          errors={e.effectiveOn}
        />
        <TextField
          name="expiresOn"
          type="date"
          label={labels.expiresOn!}
          defaultValue={v.expiresOn}
          errors={e.expiresOn}
        />
      </div>
      <Checkboxes
        name="categories"
        legend={labels.categories!}
        checked={list(v.categories)}
        options={POLICY_CATEGORIES.map((c) => ({ value: c, label: tp(`categoryNames.${c}`) }))}
      />
      <Checkboxes
        name="targetGroups"
        legend={labels.targetGroups!}
        checked={list(v.targetGroups)}
        options={TARGET_GROUPS.map((g) => ({ value: g, label: tp(`targetGroupNames.${g}`) }))}
      />
      <div className="mb-5">
        <label htmlFor="body" className="mb-1 block font-medium">
          {labels.body}{" "}
          <span aria-hidden="true" className="text-red-700">
            *
          </span>
        </label>
        <p id="body-hint" className="mb-1 text-sm text-slate-600">
          {t("bodyHint")}
        </p>
        {e.body ? (
          <p id="body-error" className="mb-1 text-sm font-medium text-red-700">
            {e.body.join(" ")}
          </p>
        ) : null}
        <textarea
          id="body"
          name="body"
          rows={18}
          required
          defaultValue={v.body}
          aria-invalid={e.body ? true : undefined}
          aria-describedby={e.body ? "body-hint body-error" : "body-hint"}
          className="block w-full rounded-md border border-slate-400 px-3 py-2 font-mono text-sm focus:outline-3 focus:outline-amber-400"
        />
      </div>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
