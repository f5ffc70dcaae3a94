"use client";
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

/** The talent workspace's sections, with the unread-message count; the current one is marked for screen readers. */
export function TalentNav({ unread }: { unread: number }) {
  const t = useTranslations("me.nav");
  const pathname = usePathname();
  const items = [
    { href: "/me", label: t("home") },
    { href: "/me/matches", label: t("matches") },
    { href: "/me/applications", label: t("applications") },
    { href: "/me/inbox", label: unread > 0 ? t("inboxUnread", { count: unread }) : t("inbox") },
    { href: "/me/profile", label: t("profile") },
  ];
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-200">
      <ul className="flex flex-wrap gap-x-1">
        {items.map((i) => {
          const current = i.href === "/me" ? pathname === i.href : pathname.startsWith(i.href);
          return (
            <li key={i.href}>
              <Link
                href={i.href}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center border-b-2 px-3 font-medium no-underline ${
                  current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:text-brand-800"
                }`}
              >
                {i.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
