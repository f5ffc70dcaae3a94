"use client";
// One value of one fact, in the input its type calls for: a number with its unit, yes/no, a choice, a date or text.
// Shared by the rule builder's operands and the rule tester's sample profile. The value is the text the rule draft
// keeps ("35", "true", "MASTER", "2026-01-31"); "" is nothing chosen.
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { TFactDef } from "@/lib/domain/eligibility";

export const controlClass =
  "block w-full min-w-0 min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 focus:border-brand-700 focus:outline-3 focus:outline-offset-0 focus:outline-amber-400 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

/**
 * A short visible label ("条件项") with a full name for screen readers ("条件 2 的条件项"), so every control of
 * every row is told apart. The two are separate spans: joined, browsers would put a space inside the name.
 */
export function FieldLabel({ htmlFor, full, children }: { htmlFor: string; full?: string; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} className="mb-1 block text-sm font-medium text-slate-800">
      {full ? (
        <>
          <span className="sr-only">{full}</span>
          <span aria-hidden="true">{children}</span>
        </>
      ) : (
        children
      )}
    </label>
  );
}

/** The same for a label that is not a <label> (a legend, a checkbox's text). */
export function FullName({ full, children }: { full: string; children: ReactNode }) {
  return (
    <>
      <span className="sr-only">{full}</span>
      <span aria-hidden="true">{children}</span>
    </>
  );
}

export function factName(def: TFactDef, locale: string): string {
  return locale === "zh-CN" ? def.label : def.labelEn;
}

export function FactInput({
  id,
  def,
  value,
  onChange,
  placeholder,
  invalid,
  describedBy,
}: {
  id: string;
  def: TFactDef;
  value: string;
  onChange: (value: string) => void;
  /** The empty choice of a select ("请选择", or "未填写" in a sample profile). */
  placeholder: string;
  invalid?: boolean;
  describedBy?: string;
}) {
  const locale = useLocale();
  const t = useTranslations("ruleBuilder");
  const zh = locale === "zh-CN";
  const common = {
    id,
    className: controlClass,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy,
  };
  switch (def.type) {
    case "integer":
    case "number":
      return (
        <span className="flex min-w-0 items-center gap-2">
          <input
            {...common}
            type="number"
            inputMode={def.type === "integer" ? "numeric" : "decimal"}
            step={def.type === "integer" ? 1 : "any"}
            min={0}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
          <span className="shrink-0 text-slate-700">{zh ? def.unit : def.unitEn}</span>
        </span>
      );
    case "boolean":
      return (
        <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{placeholder}</option>
          <option value="true">{t("yes")}</option>
          <option value="false">{t("no")}</option>
        </select>
      );
    case "enum":
      return (
        <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{placeholder}</option>
          {def.values.map((v) => (
            <option key={v.value} value={v.value}>
              {zh ? v.name : v.nameEn}
            </option>
          ))}
        </select>
      );
    case "date":
      return <input {...common} type="date" value={value} onChange={(e) => onChange(e.target.value)} />;
    default:
      return <input {...common} type="text" value={value} onChange={(e) => onChange(e.target.value)} />;
  }
}
