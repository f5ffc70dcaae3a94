import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { getActor } from "@/lib/auth";
import { dateFromIso } from "@/lib/domain/dates";
import { districtName } from "@/lib/domain/districts";
import { Link } from "@/lib/i18n/navigation";
import { listPublicNotices } from "@/lib/server/notices";
import { ObjectionForm } from "@/components/notices/objection-form";
import { Notice } from "@/components/ui/notice";
import { fileObjectionAction } from "./actions";

// Today's notices change with the date and the sign-in decides the objection form: rendered per request.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notices"))("title") };
}

export default async function NoticesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format, current, notices, actor] = await Promise.all([
    getTranslations("notices"),
    getFormatter(),
    getLocale(),
    listPublicNotices(),
    getActor(),
  ]);
  const en = current === "en";
  const date = (iso: string) => format.dateTime(dateFromIso(iso)!, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-prose text-slate-700">{t("intro")}</p>
      {actor ? null : (
        <Notice>
          {t.rich("signInToObject", {
            link: (chunks) => <Link href="/sign-in?callbackUrl=/notices">{chunks}</Link>,
          })}
        </Notice>
      )}
      {notices.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="grid gap-4 md:grid-cols-2">
        {notices.map((n) => {
          const programName = en ? n.program.nameEn : n.program.name;
          const tierName = en ? n.tier.nameEn : n.tier.name;
          return (
            <li key={n.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <p className="text-sm text-slate-600">{districtName(n.districtCode, current) ?? t("city")}</p>
              <h2 className="text-xl font-bold">
                <span className="sr-only">{t("name")}：</span>
                {n.maskedName}
              </h2>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-slate-800">
                <dt className="text-slate-600">{t("employer")}</dt>
                <dd>{n.employer ?? "—"}</dd>
                <dt className="text-slate-600">{t("program")}</dt>
                <dd>{programName}</dd>
                <dt className="text-slate-600">{t("tier")}</dt>
                <dd>{tierName}</dd>
                <dt className="text-slate-600">{t("period")}</dt>
                <dd>{t("periodValue", { start: date(n.startsOn), end: date(n.endsOn) })}</dd>
              </dl>
              {actor ? (
                <ObjectionForm
                  action={fileObjectionAction}
                  applicationId={n.id}
                  label={`${n.maskedName} · ${programName} · ${tierName}`}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="mt-6 max-w-prose text-sm text-slate-600">{t("privacy")}</p>
    </>
  );
}
