import { getLocale, getTranslations } from "next-intl/server";

export interface TMaterialItem {
  key: string;
  name: string;
  nameEn: string;
  required: boolean;
  files: { id: string; fileName: string; size: number }[];
}

/**
 * An application's materials by item, each file a download link (/api/materials/<id>, which checks who may have it
 * and audits the download). Plain links: they are files, not pages, so no locale prefix and no client routing.
 */
export async function MaterialList({ items, headingLevel = 3 }: { items: TMaterialItem[]; headingLevel?: 2 | 3 }) {
  const [t, locale] = await Promise.all([getTranslations("review.materials"), getLocale()]);
  const en = locale === "en";
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="mb-4">
      <Heading className={headingLevel === 2 ? "mb-3 text-xl font-bold" : "mb-2 font-bold"}>{t("heading")}</Heading>
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
        {items.map((m) => {
          const itemName = en ? m.nameEn : m.name;
          return (
            <li key={m.key} className="p-3">
              <p className="font-medium text-slate-900">
                {itemName}
                {m.required ? null : <span className="font-normal text-slate-600">{t("optional")}</span>}
              </p>
              {m.files.length === 0 ? (
                <p className="text-sm text-slate-600">{t("none")}</p>
              ) : (
                <ul className="mt-1 space-y-1">
                  {m.files.map((f) => (
                    <li key={f.id} className="flex flex-wrap items-baseline gap-x-2">
                      <a
                        href={`/api/materials/${f.id}`}
                        download
                        aria-label={t("downloadLabel", { item: itemName, file: f.fileName })}
                        className="inline-flex min-h-11 items-center font-medium break-all underline"
                      >
                        {f.fileName}
                      </a>
                      <span className="text-sm text-slate-600">
                        {t("size", { size: Math.max(1, Math.round(f.size / 1024)) })}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
