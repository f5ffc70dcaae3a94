import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth";
import { Link } from "@/lib/i18n/navigation";
import { listMyNotifications } from "@/lib/server/notifications";
import { Badge } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import { markAllReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

export default async function InboxPage() {
  const actor = await requireRole(["TALENT"]);
  const [t, format, locale, messages] = await Promise.all([
    getTranslations("inbox"),
    getFormatter(),
    getLocale(),
    listMyNotifications(actor),
  ]);
  const en = locale === "en";
  const unread = messages.filter((m) => m.readAt === null).length;
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {unread > 0 ? (
          <form action={markAllReadAction}>
            <Button type="submit" variant="secondary">
              {t("markAllRead")}
            </Button>
          </form>
        ) : null}
      </div>
      {messages.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="space-y-3">
        {messages.map((m) => (
          <li
            key={m.id}
            className={`rounded-lg border bg-white p-4 shadow-sm ${m.readAt ? "border-slate-200" : "border-brand-700"}`}
          >
            <div className="mb-1 flex flex-wrap items-center gap-2">
              {m.readAt ? null : <Badge tone="warning">{t("unread")}</Badge>}
              <time dateTime={m.createdAt.toISOString()} className="text-sm text-slate-600">
                {format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </div>
            <h2 className="mb-1 text-lg font-bold">{en ? m.titleEn : m.title}</h2>
            <p className="mb-2 text-slate-800">{en ? m.bodyEn : m.body}</p>
            {m.href ? (
              <Link href={m.href} className="font-medium">
                {t("open")}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
