import type { ReactNode } from "react";

const tones = {
  info: "border-brand-700 bg-brand-50 text-slate-900",
  success: "border-green-700 bg-green-50 text-green-900",
  warning: "border-amber-600 bg-amber-50 text-amber-950",
} as const;

export function Notice({
  tone = "info",
  children,
  live,
}: {
  tone?: keyof typeof tones;
  children: ReactNode;
  live?: boolean;
}) {
  return (
    <div role={live ? "status" : undefined} className={`mb-6 rounded-md border-l-4 p-4 ${tones[tone]}`}>
      {children}
    </div>
  );
}

export function Badge({
  tone = "neutral",
  children,
}: {
  tone?: "neutral" | "success" | "warning" | "danger";
  children: ReactNode;
}) {
  const cls = {
    neutral: "bg-slate-100 text-slate-800",
    success: "bg-green-100 text-green-900",
    warning: "bg-amber-100 text-amber-950",
    danger: "bg-red-100 text-red-900",
  }[tone];
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${cls}`}>{children}</span>;
}
