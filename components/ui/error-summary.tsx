"use client";
// Lists every problem at the top of a form and takes focus, so keyboard and screen-reader users hear it first.
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

export function ErrorSummary({
  title,
  message,
  fieldErrors,
  labels,
}: {
  title: string;
  message?: string;
  fieldErrors: Record<string, string[]>;
  labels: Record<string, string>;
}) {
  const t = useTranslations("errors");
  const ref = useRef<HTMLDivElement>(null);
  // In the order the fields appear on the form, which is the order of `labels`.
  const order = Object.keys(labels);
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const entries = Object.entries(fieldErrors).sort(([a], [b]) => rank(a) - rank(b));
  useEffect(() => {
    ref.current?.focus();
  }, [fieldErrors, message]);
  if (!message && entries.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 rounded-md border-4 border-red-700 bg-white p-4 focus:outline-3 focus:outline-amber-400"
    >
      <h2 id="error-summary-title" className="mb-2 text-lg font-bold text-red-800">
        {title}
      </h2>
      {message ? <p className="mb-2 text-slate-900">{message}</p> : null}
      {entries.length ? (
        <ul className="list-disc pl-5">
          {entries.map(([field, errors]) => (
            <li key={field}>
              <a href={`#${field}`} className="font-medium text-red-800 underline">
                {labels[field] ? t("summaryItem", { label: labels[field], error: errors.join(" ") }) : errors.join(" ")}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
