import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { RegisterTalentForm } from "@/components/auth/register-talent-form";
import { registerTalentAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("register"))("title") };
}

export default async function RegisterPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("register");
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-slate-700">{t("lead")}</p>
      <RegisterTalentForm action={registerTalentAction} />
      <p className="mt-8 text-slate-700">
        {t("haveAccount")} <Link href="/sign-in">{(await getTranslations("nav"))("signIn")}</Link>
        <br />
        <Link href="/register/enterprise">{t("enterpriseInstead")}</Link>
      </p>
    </div>
  );
}
