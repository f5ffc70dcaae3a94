import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth";
import { FACTS } from "@/lib/domain/eligibility";
import { Link } from "@/lib/i18n/navigation";
import { getMyEligibility } from "@/lib/server/my-eligibility";
import { listMyOffers } from "@/lib/server/offers";
import { Badge, Notice } from "@/components/ui/notice";
import { VerdictCard } from "@/components/eligibility/verdict-card";
import { OfferAnswerForm } from "@/components/offers/offer-answer-form";
import { answerOfferAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matches"))("title") };
}

const OFFER_TONE = {
  OFFERED: "warning",
  EMPLOYER_PENDING: "warning",
  GRANTED: "success",
  DECLINED: "neutral",
  EMPLOYER_DECLINED: "danger",
} as const;

export default async function MatchesPage() {
  const actor = await requireRole(["TALENT"]);
  const [t, te, to, format, locale, mine, offers] = await Promise.all([
    getTranslations("matches"),
    getTranslations("eligibility"),
    getTranslations("offers"),
    getFormatter(),
    getLocale(),
    getMyEligibility(actor),
    listMyOffers(actor),
  ]);
  const en = locale === "en";
  const groups = (["ELIGIBLE", "NEEDS_INFO", "INELIGIBLE"] as const).map((outcome) => ({
    outcome,
    items: mine.verdicts.filter((v) => v.outcome === outcome),
  }));
  const openOffer = new Set(offers.filter((o) => o.status === "OFFERED").map((o) => o.policy.id));
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-slate-700">{t("intro")}</p>

      {mine.blocking.length > 0 ? (
        <Notice tone="warning">
          <h2 className="mb-2 font-bold">{t("blockingTitle", { count: mine.undecided })}</h2>
          <ul className="mb-3 list-disc pl-5">
            {mine.blocking.map((b) => (
              <li key={b.fact}>
                {en ? FACTS[b.fact].labelEn : FACTS[b.fact].label}
                <span className="text-slate-700">{t("blockingCount", { count: b.policies })}</span>
              </li>
            ))}
          </ul>
          <Link href="/me/profile" className="font-medium">
            {t("completeProfile")}
          </Link>
        </Notice>
      ) : null}

      {offers.length > 0 ? (
        <section aria-labelledby="offers-heading" className="mb-8">
          <h2 id="offers-heading" className="mb-1 text-xl font-bold">
            {to("heading")}
          </h2>
          <p className="mb-4 text-slate-700">{to("headingIntro")}</p>
          <div className="space-y-4">
            {offers.map((o) => (
              <article
                key={o.id}
                aria-labelledby={`offer-${o.id}`}
                className="rounded-lg border-2 border-brand-700 bg-white p-4 shadow-sm sm:p-5"
              >
                <div className="mb-2 flex flex-wrap items-center gap-2">
                  <Badge tone={OFFER_TONE[o.status]}>{to(`status.${o.status}`)}</Badge>
                  <span className="text-sm text-slate-600">
                    {to("offeredOn", { date: format.dateTime(o.createdAt, { dateStyle: "medium" }) })}
                  </span>
                </div>
                <h3 id={`offer-${o.id}`} className="mb-2 text-lg font-bold">
                  <Link href={`/policies/${o.policy.id}`}>{o.policy.title}</Link>
                </h3>
                <h4 className="mb-1 font-medium">{to("prefilled")}</h4>
                <ul className="mb-3 space-y-1 text-slate-800">
                  {o.conditions.map((c, i) => (
                    <li key={i}>{en ? c.textEn : c.text}</li>
                  ))}
                </ul>
                {o.status === "OFFERED" ? (
                  <OfferAnswerForm
                    action={answerOfferAction}
                    offerId={o.id}
                    title={o.policy.title}
                    needsEmployer={o.policy.employerConfirms}
                  />
                ) : (
                  // A live region: after a confirmation the page re-renders with this line where the buttons were.
                  <p role="status" className="text-slate-700">
                    {o.status === "EMPLOYER_PENDING"
                      ? to("waitingEmployer", { employer: o.employer?.name ?? "" })
                      : o.status === "EMPLOYER_DECLINED"
                        ? to("employerDeclined", { reason: o.reason ?? "" })
                        : o.status === "GRANTED"
                          ? to("granted")
                          : to("declined")}
                  </p>
                )}
              </article>
            ))}
          </div>
        </section>
      ) : null}

      {mine.verdicts.length === 0 ? <p>{t("noRules")}</p> : null}
      {groups.map((g) =>
        g.items.length === 0 ? null : (
          <section key={g.outcome} aria-labelledby={`group-${g.outcome}`} className="mb-8">
            <h2 id={`group-${g.outcome}`} className="mb-3 text-xl font-bold">
              {te(`group.${g.outcome}`, { count: g.items.length })}
            </h2>
            <div className="space-y-4">
              {g.items.map((v) => (
                <VerdictCard
                  key={v.id}
                  verdict={v}
                  nextStep={
                    v.outcome === "ELIGIBLE" && openOffer.has(v.id) ? (
                      <a href="#offers-heading" className="font-medium">
                        {to("confirmAbove")}
                      </a>
                    ) : v.outcome === "NEEDS_INFO" ? (
                      <p>
                        {te("next.needsInfo", {
                          facts: v.missingFacts
                            .map((f) => (en ? FACTS[f].labelEn : FACTS[f].label))
                            .join(en ? ", " : "、"),
                        })}{" "}
                        <Link href="/me/profile">{t("completeProfile")}</Link>
                      </p>
                    ) : undefined
                  }
                />
              ))}
            </div>
          </section>
        ),
      )}
    </>
  );
}
