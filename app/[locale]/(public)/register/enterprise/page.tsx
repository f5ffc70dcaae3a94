import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RegisterEnterpriseForm } from "@/components/enterprise/register-enterprise-form";
import { registerEnterpriseAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registerEnterprise"))("title") };
}

export default async function RegisterEnterprisePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("registerEnterprise");
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-slate-700">{t("lead")}</p>
      <RegisterEnterpriseForm action={registerEnterpriseAction} />
    </div>
  );
}
