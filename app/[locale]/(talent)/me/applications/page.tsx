import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth";
import { Link } from "@/lib/i18n/navigation";
import { STATUS_NAMES } from "@/lib/domain/application-status";
import { listMyApplications } from "@/lib/server/applications";
import { Badge } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applications"))("title") };
}

export default async function MyApplicationsPage() {
  const actor = await requireRole(["TALENT"]);
  const [t, format, locale, apps] = await Promise.all([
    getTranslations("applications"),
    getFormatter(),
    getLocale(),
    listMyApplications(actor),
  ]);
  const en = locale === "en";
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-slate-700">
        {t.rich("intro", { programs: (chunks) => <Link href="/programs">{chunks}</Link> })}
      </p>
      {apps.length === 0 ? <p>{t("none")}</p> : null}
      <ul className="space-y-3">
        {apps.map((a) => (
          <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="mb-1 flex flex-wrap items-center gap-2">
              <Badge tone={a.status === "RECOGNISED" ? "success" : a.status === "RETURNED" ? "warning" : "neutral"}>
                {en ? STATUS_NAMES[a.status].en : STATUS_NAMES[a.status].zh}
              </Badge>
              {a.reference ? <span className="font-mono text-sm">{a.reference}</span> : null}
            </div>
            <h2 className="mb-1 text-lg font-bold">
              <Link href={`/me/applications/${a.id}`}>
                {en ? a.program.nameEn : a.program.name} · {en ? a.tier.nameEn : a.tier.name}
              </Link>
            </h2>
            <p className="text-sm text-slate-600">
              {t("since", { date: format.dateTime(a.statusSince, { dateStyle: "medium", timeStyle: "short" }) })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
