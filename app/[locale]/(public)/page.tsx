import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Badge } from "@/components/ui/notice";

const SECTIONS = [
  { key: "policies", href: "/policies" },
  { key: "programs", href: null },
  { key: "housing", href: null },
  { key: "services", href: null },
  { key: "enterprise", href: "/register/enterprise" },
] as const;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  return (
    <>
      <section className="mb-10">
        <h1 className="mb-3 text-2xl font-bold text-brand-900 sm:text-4xl">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("lead")}</p>
      </section>

      <section aria-labelledby="sections-title" className="mb-10">
        <h2 id="sections-title" className="mb-4 text-xl font-bold">
          {t("sectionsTitle")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {SECTIONS.map(({ key, href }) => (
            <li key={key} className="relative rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <h3 className="mb-2 text-lg font-bold text-brand-800">
                {href ? (
                  <Link href={href} className="after:absolute after:inset-0">
                    {t(`sections.${key}.title`)}
                  </Link>
                ) : (
                  t(`sections.${key}.title`)
                )}
              </h3>
              <p className="mb-3 text-slate-700">{t(`sections.${key}.body`)}</p>
              <Badge tone={href ? "success" : "neutral"}>{href ? t("available") : t("comingSoon")}</Badge>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="start-title" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="start-title" className="mb-4 text-xl font-bold">
          {t("startTitle")}
        </h2>
        <div className="flex flex-col gap-3 sm:flex-row">
          <Link
            href="/register"
            className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-5 font-medium text-white no-underline"
          >
            {t("talentCta")}
          </Link>
          <Link
            href="/register/enterprise"
            className="inline-flex min-h-11 items-center justify-center rounded-md px-5 font-medium text-brand-800 ring-1 ring-brand-700 no-underline"
          >
            {t("enterpriseCta")}
          </Link>
          <Link href="/sign-in" className="inline-flex min-h-11 items-center justify-center px-2 font-medium">
            {t("signInCta")}
          </Link>
        </div>
      </section>
    </>
  );
}
