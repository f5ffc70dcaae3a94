"use client";
import { signOut, useSession } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { homeFor } from "@/lib/domain/redirect";
import type { TRole } from "@/lib/domain/access";

export function AccountMenu() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const { data, status } = useSession();
  if (status === "loading") return <span className="inline-block min-h-11 w-24" aria-hidden="true" />;
  if (!data?.user?.id) {
    return (
      <div className="flex items-center gap-3">
        <Link href="/sign-in" className="inline-flex min-h-11 items-center font-medium text-white">
          {t("signIn")}
        </Link>
        <Link
          href="/register"
          className="inline-flex min-h-11 items-center rounded-md bg-white px-3 font-medium text-brand-800 no-underline"
        >
          {t("register")}
        </Link>
      </div>
    );
  }
  const role = data.user.role as TRole;
  const home = homeFor(role);
  const label = home === "/me" ? t("me") : home === "/org" ? t("org") : t("admin");
  return (
    <div className="flex flex-wrap items-center gap-3">
      <span className="sr-only">{t("signedInAs", { name: data.user.name })}</span>
      <Link href={home} className="inline-flex min-h-11 items-center font-medium text-white">
        {label}
      </Link>
      <button
        type="button"
        onClick={() => signOut({ callbackUrl: locale === "zh-CN" ? "/" : `/${locale}` })}
        className="inline-flex min-h-11 items-center rounded-md px-2 font-medium text-white underline underline-offset-2"
      >
        {t("signOut")}
      </button>
    </div>
  );
}
