"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { idleForm, type TFormState } from "@/lib/form-state";
import { POLICY_CATEGORIES, TARGET_GROUPS } from "@/lib/domain/policy";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { districtName } from "@/lib/domain/districts";
import { RuleBuilder } from "./rule-builder";
import type { TRuleCountAction } from "./rule-match-count";

export interface TPolicyFormProps {
  action: (prev: TFormState, data: FormData) => Promise<TFormState>;
  initial: Record<string, string>;
  /** The districts this admin may file a policy under; "" stands for city-level. */
  districtChoices: string[];
  policyId?: string;
  /** 统计可匹配人数: counts the talents a draft rule would find. */
  countAction: TRuleCountAction;
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

export function PolicyForm({ action, initial, districtChoices, policyId, countAction }: TPolicyFormProps) {
  const t = useTranslations("adminPolicies.form");
  const tp = useTranslations("policies");
  const te = useTranslations("errors");
  const tr = useTranslations("ruleBuilder");
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
    rule: tr("legend"),
    ruleNote: t("ruleNote"),
    applyFree: t("applyFree"),
    employerConfirms: t("employerConfirms"),
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
          label: code ? (districtName(code, locale) ?? code) : t("cityLevel"),
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
      <TextAreaField
        name="issuers"
        label={labels.issuers!}
        hint={t("issuersHint")}
        rows={2}
        defaultValue={v.issuers}
        errors={e.issuers}
      />
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
      <TextAreaField
        name="body"
        label={labels.body!}
        hint={t("bodyHint")}
        rows={18}
        required
        defaultValue={v.body}
        errors={e.body}
        className="font-mono text-sm"
      />
      <RuleBuilder name="rule" initialJson={v.rule} serverErrors={e.rule} countAction={countAction} />
      <TextAreaField
        name="ruleNote"
        label={labels.ruleNote!}
        hint={t("ruleNoteHint")}
        rows={2}
        defaultValue={v.ruleNote}
        errors={e.ruleNote}
      />
      <CheckboxField
        name="applyFree"
        label={labels.applyFree}
        defaultChecked={v.applyFree === "on"}
        errors={e.applyFree}
      />
      <CheckboxField
        name="employerConfirms"
        label={labels.employerConfirms}
        defaultChecked={v.employerConfirms === "on"}
        errors={e.employerConfirms}
      />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
