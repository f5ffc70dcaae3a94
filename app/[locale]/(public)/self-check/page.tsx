import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { SelfCheck } from "@/components/self-check/self-check";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("selfCheck"))("title") };
}

/** Static: the questions and verdicts are worked out in the browser through POST /api/v1/eligibility/check. */
export default async function SelfCheckPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("selfCheck");
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-2 max-w-3xl text-slate-700">{t("lead")}</p>
      <p className="mb-2 max-w-3xl text-sm text-slate-700">{t("privacy")}</p>
      <p className="mb-6 max-w-3xl text-sm text-slate-700">
        {t.rich("signedIn", { link: (chunks) => <Link href="/me/matches">{chunks}</Link> })}
      </p>
      <SelfCheck />
    </>
  );
}
