import { Suspense } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { AccountMenu } from "./account-menu";
import { LanguageSwitch } from "./language-switch";

export function SiteHeader() {
  const t = useTranslations();
  return (
    <header className="bg-brand-800 text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-amber-300 focus:px-4 focus:py-2 focus:text-slate-900"
      >
        {t("site.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-2">
        <Link href="/" className="inline-flex min-h-11 items-center text-lg font-bold text-white no-underline">
          <span
            aria-hidden="true"
            className="mr-2 inline-block h-7 w-7 rounded bg-white/90 text-center leading-7 text-brand-800"
          >
            才
          </span>
          {t("site.name")}
        </Link>
        <nav aria-label={t("site.mainNav")} className="flex flex-wrap items-center gap-x-5">
          <Link href="/policies" className="inline-flex min-h-11 items-center font-medium text-white">
            {t("nav.policies")}
          </Link>
          <Link href="/programs" className="inline-flex min-h-11 items-center font-medium text-white">
            {t("nav.programs")}
          </Link>
          <Link href="/notices" className="inline-flex min-h-11 items-center font-medium text-white">
            {t("notices.nav")}
          </Link>
          <Link href="/self-check" className="inline-flex min-h-11 items-center font-medium text-white">
            {t("nav.selfCheck")}
          </Link>
          <Suspense>
            <LanguageSwitch />
          </Suspense>
          <AccountMenu />
        </nav>
      </div>
    </header>
  );
}
