import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { districtName } from "@/lib/domain/districts";
import { ZPolicySearchQuery } from "@/lib/schemas/policy";
import { searchPolicies, type TSearchResult } from "@/lib/search/policy-search";
import { PolicySearchForm } from "@/components/policies/search-form";
import { MarkedText } from "@/components/policies/marked-text";
import { Badge, Notice } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("policies"))("title") };
}

const PAGE_SIZE = 10;
type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function PolicySearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Params>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  const [t, te, format] = await Promise.all([getTranslations("policies"), getTranslations("errors"), getFormatter()]);
  const page = Math.max(1, Math.min(1000, Number.parseInt(one(sp.page) ?? "1", 10) || 1));
  const raw = {
    q: one(sp.q),
    district: one(sp.district),
    category: one(sp.category),
    targetGroup: one(sp.targetGroup),
  };
  const parsed = ZPolicySearchQuery.safeParse({ ...raw, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const errors: Record<string, string> = {};
  let result: TSearchResult | null = null;
  if (parsed.success) result = await searchPolicies(parsed.data);
  else for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= te(issue.message);

  const q = parsed.success ? parsed.data.q : (raw.q ?? "");
  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
  const linkTo = (p: number) => ({
    pathname: "/policies" as const,
    query: Object.fromEntries(Object.entries({ ...raw, page: String(p) }).filter(([, v]) => v)) as Record<
      string,
      string
    >,
  });

  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-slate-700">{t("lead")}</p>
      {/* Keyed by the search it shows: after a link to other results (next page, all districts) the selects must
          show that search's filters, not the choice they were first rendered with. */}
      <PolicySearchForm key={JSON.stringify(raw)} values={raw} errors={errors} />
      {Object.keys(errors).length > 0 ? (
        <div role="alert" className="mb-6 rounded-md border-4 border-red-700 bg-white p-4">
          <h2 className="mb-2 font-bold text-red-800">{te("summaryTitle")}</h2>
          <ul className="list-disc pl-5">
            {Object.entries(errors).map(([field, message]) => (
              <li key={field}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {result ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="mb-2 text-lg font-bold" aria-live="polite">
            {result.terms.length ? t("resultsFor", { q, total: result.total }) : t("newest", { total: result.total })}
          </h2>
          {result.partial ? <Notice tone="warning">{t("partial")}</Notice> : null}
          {result.total === 0 ? (
            <div className="rounded-lg border border-slate-200 bg-white p-5">
              <p className="mb-2 font-medium">{t("noResults")}</p>
              <p className="mb-2 text-slate-700">{t("tryFewer")}</p>
              {raw.district ? <Link href={{ pathname: "/policies", query: { q } }}>{t("tryAllDistricts")}</Link> : null}
            </div>
          ) : null}
          <ol className="space-y-4">
            {result.items.map((item) => (
              <li key={item.clauseId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
                <p className="mb-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
                  <span>{districtName(item.districtCode, locale) ?? item.districtName}</span>
                  <span aria-hidden="true">·</span>
                  <span>
                    {t("issuedOn")}：
                    {item.issuedOn ? format.dateTime(new Date(item.issuedOn), { dateStyle: "medium" }) : t("unknown")}
                  </span>
                  {item.status === "EXPIRED" ? <Badge tone="danger">{t("expiredBadge")}</Badge> : null}
                  {item.status === "SUPERSEDED" ? <Badge tone="warning">{t("supersededBadge")}</Badge> : null}
                  {item.policyKind === "NEWS" ? <Badge>{t("newsBadge")}</Badge> : null}
                </p>
                <h3 className="mb-2 text-base font-bold sm:text-lg">
                  <Link href={`/policies/${item.policyId}#${item.anchor}`}>
                    {item.policyTitle}
                    {item.label ? ` ${item.label}` : ""}
                  </Link>
                </h3>
                {item.headings.length ? (
                  <p className="mb-1 text-sm text-slate-600">{item.headings.join(" › ")}</p>
                ) : null}
                <p className="text-slate-800">
                  <MarkedText segments={item.snippet} />
                </p>
              </li>
            ))}
          </ol>
          {pages > 1 ? (
            <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-between gap-4">
              {page > 1 ? <Link href={linkTo(page - 1)}>{t("previous")}</Link> : <span />}
              <span className="text-slate-700">{t("page", { page, pages })}</span>
              {page < pages ? <Link href={linkTo(page + 1)}>{t("next")}</Link> : <span />}
            </nav>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
