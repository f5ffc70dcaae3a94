"use client";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

// Shown when a page fails (for example while the database is unreachable): a plain message and an id that
// matches the server log, never a stack trace.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <div role="alert" className="mx-auto max-w-xl">
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 text-slate-700">{t("body")}</p>
      {error.digest ? (
        <p className="mb-6 font-mono text-sm text-slate-600">{t("errorId", { id: error.digest })}</p>
      ) : null}
      <div className="flex gap-4">
        <button type="button" onClick={reset} className="min-h-11 rounded-md bg-brand-700 px-5 font-medium text-white">
          {t("retry")}
        </button>
        <Link href="/" className="inline-flex min-h-11 items-center">
          {t("home")}
        </Link>
      </div>
    </div>
  );
}
