import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { getActor } from "@/lib/auth";
import { Link } from "@/lib/i18n/navigation";
import { getPolicy } from "@/lib/server/policies";
import { UserError } from "@/lib/server/errors";
import { Badge, Notice } from "@/components/ui/notice";
import { districtName } from "@/lib/domain/districts";

async function load(id: string) {
  try {
    return await getPolicy(null, id);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    // Not public: staff who may edit it still see their draft.
    const actor = await getActor();
    if (!actor) notFound();
    return getPolicy(actor, id).catch(() => notFound());
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const policy = await getPolicy(null, id).catch(() => null);
  return { title: policy?.title ?? (await getTranslations("notFound"))("title") };
}

export default async function PolicyPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [policy, t, format, current] = await Promise.all([
    load(id),
    getTranslations("policies"),
    getFormatter(),
    getLocale(),
  ]);
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "long", timeZone: "UTC" }) : t("unknown"));
  const place = districtName(policy.districtCode, current) ?? policy.cityName;
  const meta: [string, string][] = [
    [t("kind"), t(`kinds.${policy.kind}`)],
    [t("districtOrCity"), place],
    [t("issuers"), policy.issuers.length ? policy.issuers.join("、") : t("unknown")],
    [t("docNumber"), policy.docNumber ?? t("unknown")],
    [t("issuedOn"), date(policy.issuedOn)],
    [t("effectiveOn"), date(policy.effectiveOn)],
    [t("expiresOn"), date(policy.expiresOn)],
    [t("categories"), policy.categories.map((c) => t(`categoryNames.${c}`)).join("、") || t("unknown")],
    [t("targetGroups"), policy.targetGroups.map((g) => t(`targetGroupNames.${g}`)).join("、") || t("unknown")],
  ];
  const numbered = policy.clauses.filter((c) => c.label);
  return (
    <article>
      <p className="mb-3">
        <Link href="/policies">← {t("backToSearch")}</Link>
      </p>
      <h1 className="mb-3 text-2xl font-bold leading-snug">{policy.title}</h1>
      <p className="mb-4 flex flex-wrap gap-2">
        {policy.status === "EXPIRED" ? <Badge tone="danger">{t("expiredBadge")}</Badge> : null}
        {policy.status === "SUPERSEDED" ? <Badge tone="warning">{t("supersededBadge")}</Badge> : null}
        {policy.kind === "NEWS" ? <Badge>{t("newsBadge")}</Badge> : null}
      </p>
      {policy.kind === "NEWS" ? <Notice>{t("newsNotice")}</Notice> : null}
      {policy.status === "EXPIRED" ? <Notice tone="warning">{t("expiredNotice")}</Notice> : null}

      <section aria-labelledby="meta-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
        <h2 id="meta-heading" className="mb-3 text-lg font-bold">
          {t("metadata")}
        </h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          {meta.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-slate-600">{k}</dt>
              <dd className="mb-2 sm:mb-0">{v}</dd>
            </div>
          ))}
        </dl>
      </section>

      {numbered.length > 3 ? (
        <nav aria-labelledby="toc-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
          <h2 id="toc-heading" className="mb-2 text-lg font-bold">
            {t("contents")}
          </h2>
          <ol className="columns-1 gap-6 text-sm sm:columns-2">
            {numbered.map((c) => (
              <li key={c.id} className="mb-1 break-inside-avoid">
                <a href={`#${c.anchor}`}>
                  {c.label} {c.title ?? c.text.slice(c.label.length, c.label.length + 24).trim()}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}

      <section aria-labelledby="text-heading" className="mb-6">
        <h2 id="text-heading" className="mb-3 text-lg font-bold">
          {t("fullText")}
        </h2>
        <div className="rounded-lg border border-slate-200 bg-white">
          {policy.clauses.map((c) => (
            <section
              key={c.id}
              id={c.anchor}
              aria-label={c.label ? `${c.label}${c.title ?? ""}` : undefined}
              className="scroll-mt-4 border-b border-slate-100 p-4 last:border-b-0 target:bg-amber-50 sm:p-5"
            >
              <p className="whitespace-pre-wrap break-words text-slate-900">{c.text.trim()}</p>
              {c.leadDepartments.length ? (
                <p className="mt-2 text-sm text-slate-600">
                  {c.departmentKind === "responsible" ? t("responsibleDepartments") : t("leadDepartments")}：
                  {c.leadDepartments.join("、")}
                </p>
              ) : null}
              {c.label ? (
                <p className="mt-1 text-right text-sm">
                  <a href={`#${c.anchor}`} className="text-slate-500">
                    {t("copyLink")}
                    <span className="sr-only"> {c.label}</span>
                  </a>
                </p>
              ) : null}
            </section>
          ))}
        </div>
      </section>

      <section aria-labelledby="programs-heading" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
        <h2 id="programs-heading" className="mb-2 text-lg font-bold">
          {t("programs")}
        </h2>
        <p className="text-slate-700">{t("noPrograms")}</p>
      </section>
    </article>
  );
}
