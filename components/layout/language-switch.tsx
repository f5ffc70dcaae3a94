"use client";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";

export function LanguageSwitch() {
  const t = useTranslations("site");
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const other = locale === "zh-CN" ? "en" : "zh-CN";
  return (
    <Link
      href={search ? `${pathname}?${search}` : pathname}
      locale={other}
      lang={other}
      aria-label={t("languageLabel")}
      className="inline-flex min-h-11 items-center font-medium text-white"
    >
      {t("language")}
    </Link>
  );
}
