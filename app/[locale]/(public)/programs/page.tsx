import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { districtName } from "@/lib/domain/districts";
import { listPublishedPrograms } from "@/lib/server/programs";
import { Badge } from "@/components/ui/notice";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programs"))("title") };
}

const STATE_TONE = { OPEN: "success", UPCOMING: "warning", CLOSED: "neutral" } as const;

export default async function ProgramsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format, current, programs] = await Promise.all([
    getTranslations("programs"),
    getFormatter(),
    getLocale(),
    listPublishedPrograms(),
  ]);
  const en = current === "en";
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-slate-700">{t("intro")}</p>
      {programs.length === 0 ? <p>{t("none")}</p> : null}
      <ul className="space-y-4">
        {programs.map((p) => (
          <li key={p.id}>
            <article
              aria-labelledby={`program-${p.id}`}
              className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
            >
              <div className="mb-2 flex flex-wrap items-center gap-2">
                {p.batch ? <Badge tone={STATE_TONE[p.batch.state]}>{t(`batchState.${p.batch.state}`)}</Badge> : null}
                <span className="text-sm text-slate-600">{districtName(p.districtCode, current) ?? t("city")}</span>
              </div>
              <h2 id={`program-${p.id}`} className="mb-2 text-lg font-bold">
                <Link href={`/programs/${p.id}`}>{en ? p.nameEn : p.name}</Link>
              </h2>
              <p className="mb-2 text-slate-800">{p.description}</p>
              <p className="mb-2 text-sm text-slate-700">
                {t("tiers")}：{p.tiers.map((x) => (en ? x.nameEn : x.name)).join(en ? ", " : "、")}
              </p>
              {p.batch ? (
                <p className="text-sm text-slate-700">
                  {t("batchLine", { name: p.batch.name, opens: date(p.batch.opensAt), closes: date(p.batch.closesAt) })}
                </p>
              ) : null}
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
