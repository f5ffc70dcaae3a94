import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations("signIn");
  const callbackUrl = typeof query.callbackUrl === "string" ? query.callbackUrl : undefined;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-2xl font-bold">{t("title")}</h1>
      {query.expired ? <Notice tone="warning">{t("expired")}</Notice> : null}
      {query.registered ? (
        <Notice tone="success" live>
          {t("registered")}
        </Notice>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-8 text-slate-700">
        {t("noAccount")} <Link href="/register">{t("registerTalent")}</Link> ·{" "}
        <Link href="/register/enterprise">{t("registerEnterprise")}</Link>
      </p>
    </div>
  );
}
