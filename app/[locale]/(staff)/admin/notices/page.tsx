import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth";
import { STAFF_ROLES } from "@/lib/domain/access";
import { dateFromIso } from "@/lib/domain/dates";
import { districtName } from "@/lib/domain/districts";
import { listNoticesForStaff, listObjectionsForReview, recognitionCheck } from "@/lib/server/notices";
import { RecogniseForm } from "@/components/notices/recognise-form";
import { ResolveObjectionForm } from "@/components/notices/resolve-objection-form";
import { Badge, Notice } from "@/components/ui/notice";
import { recogniseAction, resolveObjectionAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recognition"))("title") };
}

export default async function AdminNoticesPage() {
  const actor = await requireRole(STAFF_ROLES);
  const [t, format, locale, objections, notices] = await Promise.all([
    getTranslations("recognition"),
    getFormatter(),
    getLocale(),
    listObjectionsForReview(actor),
    listNoticesForStaff(actor),
  ]);
  const en = locale === "en";
  const date = (iso: string | null) =>
    iso ? format.dateTime(dateFromIso(iso)!, { dateStyle: "medium", timeZone: "UTC" }) : "—";
  const money = (amount: number | null, unit: string | null) =>
    amount === null
      ? t("noAmount")
      : t(`amount.${unit ?? "ONCE"}`, { amount: format.number(amount, { maximumFractionDigits: 0 }) });
  const ended = notices.filter((n) => n.noticeEnded);
  const running = notices.filter((n) => !n.noticeEnded);
  const isAdmin = actor.role === "ADMIN";
  const checks = isAdmin ? await Promise.all(ended.map((n) => recognitionCheck(actor, n.id))) : [];

  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-prose text-slate-700">{t("intro")}</p>

      <section aria-labelledby="objections" className="mb-10">
        <h2 id="objections" className="mb-3 text-xl font-bold">
          {t("objections", { count: objections.length })}
        </h2>
        {objections.length === 0 ? <p>{t("noObjections")}</p> : null}
        <ul className="space-y-4">
          {objections.map((o) => {
            const what = `${o.application.applicant} · ${en ? o.application.program.nameEn : o.application.program.name} · ${en ? o.application.tier.nameEn : o.application.tier.name}`;
            return (
              <li key={o.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <h3 className="font-bold">{what}</h3>
                <p className="mb-2 text-sm text-slate-600">
                  {o.application.reference} · {districtName(o.application.districtCode, locale)} ·{" "}
                  {t("noticeEnds", { date: date(o.application.noticeEndsOn) })}
                </p>
                <p className="mb-1 text-sm text-slate-600">
                  {t("filedBy", {
                    name: o.filedBy,
                    at: format.dateTime(o.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </p>
                <blockquote className="mb-3 border-l-4 border-slate-300 pl-3 whitespace-pre-line">
                  {o.reason}
                </blockquote>
                <ResolveObjectionForm
                  action={resolveObjectionAction}
                  objectionId={o.id}
                  label={t("resolveLabel", { what })}
                />
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="ended" className="mb-10">
        <h2 id="ended" className="mb-3 text-xl font-bold">
          {t("ended", { count: ended.length })}
        </h2>
        {ended.length === 0 ? <p>{t("noneEnded")}</p> : null}
        {!isAdmin && ended.length > 0 ? <Notice>{t("adminOnly")}</Notice> : null}
        <ul className="space-y-4">
          {ended.map((n, i) => {
            const check = checks[i];
            const what = `${n.applicant} · ${en ? n.program.nameEn : n.program.name} · ${en ? n.tier.nameEn : n.tier.name}`;
            return (
              <li key={n.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <h3 className="font-bold">{what}</h3>
                <p className="mb-3 text-sm text-slate-600">
                  {n.reference} · {n.employer ?? "—"} · {districtName(n.districtCode, locale)} ·{" "}
                  {t("noticeRan", { start: date(n.startsOn), end: date(n.endsOn) })}
                </p>
                {n.openObjections > 0 ? (
                  <p className="mb-3">
                    <Badge tone="warning">{t("openObjections", { count: n.openObjections })}</Badge>
                  </p>
                ) : null}
                {check ? (
                  <>
                    <h4 className="mb-1 font-medium">{t("doubleFunding")}</h4>
                    <p className="mb-2 text-sm text-slate-700">
                      {t("newPeriod", { start: date(check.validFrom), end: date(check.validUntil) })}
                    </p>
                    {check.conflicts.length === 0 ? (
                      <p className="mb-4 text-green-800">✓ {t("noConflicts")}</p>
                    ) : (
                      <div className="mb-4 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3">
                        <p className="mb-2 font-medium text-amber-950">
                          {t("conflictsFound", { count: check.conflictCount })}
                        </p>
                        <ul className="space-y-3">
                          {check.conflicts.map((c) => (
                            <li key={`${c.entitlement.id}-${c.benefit.name}`} className="text-slate-900">
                              <p>
                                <span className="font-medium">{t("held")}</span>
                                {c.entitlement.name}
                                {c.entitlement.application?.program
                                  ? `（${en ? c.entitlement.application.program.nameEn : c.entitlement.application.program.name}）`
                                  : ""}{" "}
                                · {districtName(c.entitlement.districtCode, locale) ?? t("city")} ·{" "}
                                {money(c.entitlement.amount, c.entitlement.unit)} ·{" "}
                                {t("period", { start: date(c.entitlement.startsOn), end: date(c.entitlement.endsOn) })}
                              </p>
                              <p>
                                <span className="font-medium">{t("incoming")}</span>
                                {en ? c.benefit.nameEn : c.benefit.name} · {money(c.benefit.amount, c.benefit.unit)}
                              </p>
                              <p>{t("overlaps", { start: date(c.overlaps.startsOn), end: date(c.overlaps.endsOn) })}</p>
                              <p className="font-medium">{t(`higher.${c.higher}`)}</p>
                            </li>
                          ))}
                        </ul>
                      </div>
                    )}
                    {n.openObjections === 0 ? (
                      <RecogniseForm
                        action={recogniseAction}
                        applicationId={n.id}
                        version={n.version}
                        conflicts={check.conflicts.length > 0}
                        label={t("recogniseLabel", { what })}
                      />
                    ) : (
                      <p className="text-slate-700">{t("resolveFirst")}</p>
                    )}
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="running">
        <h2 id="running" className="mb-3 text-xl font-bold">
          {t("running", { count: running.length })}
        </h2>
        {running.length === 0 ? <p>{t("noneRunning")}</p> : null}
        <ul className="space-y-2">
          {running.map((n) => (
            <li key={n.id} className="rounded-md border border-slate-200 bg-white p-3">
              <span className="font-medium">{n.applicant}</span> · {en ? n.program.nameEn : n.program.name} ·{" "}
              {en ? n.tier.nameEn : n.tier.name} · {t("noticeEnds", { date: date(n.endsOn) })}
              {n.openObjections > 0 ? (
                <>
                  {" "}
                  <Badge tone="warning">{t("openObjections", { count: n.openObjections })}</Badge>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
