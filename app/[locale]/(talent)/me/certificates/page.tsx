import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth";
import { dateFromIso } from "@/lib/domain/dates";
import { districtName } from "@/lib/domain/districts";
import { Link } from "@/lib/i18n/navigation";
import { listMyCertificates } from "@/lib/server/notices";
import { Badge } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recognition"))("certificates.title") };
}

export default async function MyCertificatesPage() {
  const actor = await requireRole(["TALENT"]);
  const [t, format, locale, certificates] = await Promise.all([
    getTranslations("recognition"),
    getFormatter(),
    getLocale(),
    listMyCertificates(actor),
  ]);
  const en = locale === "en";
  const date = (iso: string | null) =>
    iso ? format.dateTime(dateFromIso(iso)!, { dateStyle: "long", timeZone: "UTC" }) : t("certificates.noEnd");
  const money = (amount: number | null, unit: string | null) =>
    amount === null
      ? null
      : t(`amount.${unit ?? "ONCE"}`, { amount: format.number(amount, { maximumFractionDigits: 0 }) });
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("certificates.title")}</h1>
      <p className="mb-6 max-w-prose text-slate-700">{t("certificates.intro")}</p>
      {certificates.length === 0 ? (
        <p>{t.rich("certificates.empty", { link: (chunks) => <Link href="/programs">{chunks}</Link> })}</p>
      ) : null}
      <ul className="space-y-4">
        {certificates.map((c) => (
          <li key={c.id} className="rounded-lg border-2 border-brand-700 bg-white p-4 shadow-sm sm:p-6">
            <p className="text-sm text-slate-600">{districtName(c.districtCode, locale) ?? t("city")}</p>
            <h2 className="text-xl font-bold">{en ? c.program.nameEn : c.program.name}</h2>
            <p className="mb-3 text-lg">{en ? c.tier.nameEn : c.tier.name}</p>
            <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="text-slate-600">{t("certificates.number")}</dt>
              <dd className="font-mono text-lg font-bold tracking-wide break-all">{c.certificateNo}</dd>
              <dt className="text-slate-600">{t("certificates.recognisedOn")}</dt>
              <dd>{c.recognisedAt ? format.dateTime(c.recognisedAt, { dateStyle: "long" }) : "—"}</dd>
              <dt className="text-slate-600">{t("certificates.validUntil")}</dt>
              <dd>{date(c.validUntil)}</dd>
              <dt className="text-slate-600">{t("certificates.reference")}</dt>
              <dd className="font-mono">{c.reference}</dd>
            </dl>
            <h3 className="mb-2 font-bold">{t("certificates.benefits")}</h3>
            {c.entitlements.length === 0 ? <p>{t("certificates.noBenefits")}</p> : null}
            <ul className="space-y-2">
              {c.entitlements.map((e) => (
                <li key={e.id} className="rounded-md bg-slate-50 p-3">
                  <p className="font-medium">
                    {e.name} <Badge>{t(`category.${e.category as "AWARD" | "HOUSING" | "SERVICE"}`)}</Badge>{" "}
                    {e.endedAt ? <Badge tone="warning">{t("certificates.ended")}</Badge> : null}
                  </p>
                  <p className="text-sm text-slate-700">
                    {[money(e.amount, e.unit), t("period", { start: date(e.startsOn), end: date(e.endsOn) })]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
