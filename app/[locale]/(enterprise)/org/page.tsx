import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth";
import { listMyEnterprises } from "@/lib/server/enterprises";
import { listOffersForEmployer } from "@/lib/server/offers";
import { EmployerOfferForm } from "@/components/offers/employer-offer-form";
import { decideApplicationAction, decideOfferAction } from "./actions";
import { listApplicationsForEmployer } from "@/lib/server/application-review";
import { EmployerApplications } from "@/components/review/employer-applications";
import { Badge } from "@/components/ui/notice";
import { districtName } from "@/lib/domain/districts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("org"))("title") };
}

const tone = { PENDING: "warning", VERIFIED: "success", REJECTED: "danger" } as const;

export default async function OrgPage() {
  const actor = await requireRole(["ENTERPRISE_HR"]);
  const [t, tEnum, format, locale, enterprises, offers, applications] = await Promise.all([
    getTranslations("org"),
    getTranslations("enums"),
    getFormatter(),
    getLocale(),
    listMyEnterprises(actor),
    listOffersForEmployer(actor),
    listApplicationsForEmployer(actor),
  ]);
  const en = locale === "en";
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t("title")}</h1>
      {offers.length > 0 ? (
        <section aria-labelledby="offers-heading" className="mb-8">
          <h2 id="offers-heading" className="mb-1 text-xl font-bold">
            {t("offers.heading", { count: offers.length })}
          </h2>
          <p className="mb-4 text-slate-700">{t("offers.intro")}</p>
          <div className="space-y-4">
            {offers.map((o) => (
              <article
                key={o.id}
                aria-labelledby={`offer-${o.id}`}
                className="rounded-lg border-2 border-amber-600 bg-white p-4 shadow-sm sm:p-5"
              >
                <h3 id={`offer-${o.id}`} className="mb-1 text-lg font-bold">
                  {o.user.displayName} · {o.policy.title}
                </h3>
                <p className="mb-2 text-sm text-slate-600">
                  {t("offers.confirmedOn", {
                    date: o.confirmedAt ? format.dateTime(o.confirmedAt, { dateStyle: "medium" }) : "",
                  })}
                </p>
                <ul className="mb-3 space-y-1 text-slate-800">
                  {o.conditions.map((c, i) => (
                    <li key={i}>{en ? c.textEn : c.text}</li>
                  ))}
                </ul>
                <EmployerOfferForm
                  action={decideOfferAction}
                  offerId={o.id}
                  title={`${o.user.displayName} · ${o.policy.title}`}
                />
              </article>
            ))}
          </div>
        </section>
      ) : null}
      <EmployerApplications data={applications} action={decideApplicationAction} />
      {enterprises.length === 0 ? <p>{t("none")}</p> : null}
      {enterprises.map((e) => {
        const district = districtName(e.districtCode, locale) ?? e.district.name;
        return (
          <section
            key={e.id}
            className="mb-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
            aria-labelledby={`ent-${e.id}`}
          >
            <h2 id={`ent-${e.id}`} className="mb-3 text-xl font-bold">
              {e.name}
            </h2>
            <dl className="mb-4 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
              <dt className="text-slate-600">{t("uscc")}</dt>
              <dd className="font-mono">{e.uscc}</dd>
              <dt className="text-slate-600">{t("district")}</dt>
              <dd>{district}</dd>
              <dt className="text-slate-600">{t("registeredAt")}</dt>
              <dd>{format.dateTime(e.createdAt, { dateStyle: "medium" })}</dd>
              <dt className="text-slate-600">{t("status")}</dt>
              <dd>
                <Badge tone={tone[e.status]}>{tEnum(`enterpriseStatus.${e.status}`)}</Badge>
              </dd>
            </dl>
            <p className="text-slate-700">
              {e.status === "PENDING"
                ? t("pendingExplain", { district })
                : e.status === "REJECTED"
                  ? t("rejectedExplain", { reason: e.statusReason ?? "" })
                  : t("verifiedExplain", {
                      date: e.verifiedAt ? format.dateTime(e.verifiedAt, { dateStyle: "medium" }) : "",
                    })}
            </p>
          </section>
        );
      })}
    </>
  );
}
