import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger";

const styles: Record<Variant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400",
  secondary: "bg-white text-brand-800 ring-1 ring-inset ring-brand-700 hover:bg-brand-50",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-400",
};

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      className={`inline-flex min-h-11 items-center justify-center rounded-md px-5 py-2 text-base font-medium focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-400 ${styles[variant]} ${className}`}
      {...props}
    />
  );
}
