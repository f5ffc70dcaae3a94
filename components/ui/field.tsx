// Labelled form fields with hint and error text wired to the input for screen readers (GOV.UK pattern).
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const inputClass =
  "block w-full min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 focus:border-brand-700 focus:outline-3 focus:outline-offset-0 focus:outline-amber-400 aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-2";

interface FieldFrameProps {
  /** The input's id; defaults to its name, so error-summary links (#name) land on it. */
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

function FieldFrame({ id, label, hint, errors, required, children }: FieldFrameProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`mb-5 ${errorId ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-medium text-slate-900">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="mb-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="mb-1 text-sm font-medium text-red-700">
          {errors!.join(" ")}
        </p>
      ) : null}
      {children(describedBy, !!errorId)}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name"> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

export function TextField({ name, id = name, label, hint, errors, required, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} required={required}>
      {(describedBy, invalid) => (
        <input
          id={id}
          name={name}
          required={required}
          aria-required={required || undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={inputClass}
          {...input}
        />
      )}
    </FieldFrame>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name"> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

export function TextAreaField({
  name,
  id = name,
  label,
  hint,
  errors,
  required,
  className = "",
  ...textarea
}: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} required={required}>
      {(describedBy, invalid) => (
        <textarea
          id={id}
          name={name}
          required={required}
          aria-required={required || undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={`${inputClass} ${className}`}
          {...textarea}
        />
      )}
    </FieldFrame>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  options: { value: string; label: string }[];
  placeholder?: string;
};

export function SelectField({
  name,
  id = name,
  label,
  hint,
  errors,
  required,
  options,
  placeholder,
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} required={required}>
      {(describedBy, invalid) => (
        <select
          id={id}
          name={name}
          required={required}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={inputClass}
          {...select}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export function CheckboxField({
  name,
  label,
  errors,
  defaultChecked,
}: {
  name: string;
  label: ReactNode;
  errors?: string[];
  defaultChecked?: boolean;
}) {
  const errorId = errors?.length ? `${name}-error` : undefined;
  return (
    <div className={`mb-4 ${errorId ? "border-l-4 border-red-700 pl-3" : ""}`}>
      {errorId ? (
        <p id={errorId} className="mb-1 text-sm font-medium text-red-700">
          {errors!.join(" ")}
        </p>
      ) : null}
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          id={name}
          name={name}
          defaultChecked={defaultChecked}
          aria-describedby={errorId}
          aria-invalid={errorId ? true : undefined}
          className="mt-1 h-6 w-6 shrink-0 accent-brand-700"
        />
        <label htmlFor={name} className="text-slate-900">
          {label}
        </label>
      </div>
    </div>
  );
}

/** A yes / no / not-given question as radio buttons in a fieldset. */
export function YesNoField({
  name,
  legend,
  labels,
  defaultValue,
  errors,
}: {
  name: string;
  legend: string;
  labels: { yes: string; no: string; unset: string };
  defaultValue?: string;
  errors?: string[];
}) {
  const errorId = errors?.length ? `${name}-error` : undefined;
  return (
    <fieldset className="mb-5" aria-describedby={errorId}>
      <legend className="mb-1 font-medium text-slate-900">{legend}</legend>
      {errorId ? (
        <p id={errorId} className="mb-1 text-sm font-medium text-red-700">
          {errors!.join(" ")}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {(["yes", "no", ""] as const).map((value) => (
          <label key={value || "unset"} className="inline-flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name={name}
              value={value}
              defaultChecked={(defaultValue ?? "") === value}
              className="h-5 w-5 accent-brand-700"
            />
            {value === "" ? labels.unset : labels[value]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
