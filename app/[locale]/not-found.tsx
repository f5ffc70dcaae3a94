import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-slate-700">{t("body")}</p>
      <Link href="/">{t("home")}</Link>
    </div>
  );
}
