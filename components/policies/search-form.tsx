import { getLocale, getTranslations } from "next-intl/server";
import { DISTRICTS } from "@/lib/domain/districts";
import { POLICY_CATEGORIES, TARGET_GROUPS } from "@/lib/domain/policy";

const selectClass =
  "block w-full min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2 text-base focus:outline-3 focus:outline-amber-400";

/** A plain GET form: results have shareable URLs and work without JavaScript. */
export async function PolicySearchForm({
  values,
  errors,
}: {
  values: { q?: string; district?: string; category?: string; targetGroup?: string };
  errors: Record<string, string>;
}) {
  const [t, locale] = await Promise.all([getTranslations("policies"), getLocale()]);
  const action = locale === "zh-CN" ? "/policies" : `/${locale}/policies`;
  const filters = [
    {
      name: "district",
      label: t("district"),
      all: t("allDistricts"),
      options: DISTRICTS.map((d) => ({ value: d.code, label: locale === "zh-CN" ? d.name : d.nameEn })),
    },
    {
      name: "category",
      label: t("category"),
      all: t("allCategories"),
      options: POLICY_CATEGORIES.map((c) => ({ value: c, label: t(`categoryNames.${c}`) })),
    },
    {
      name: "targetGroup",
      label: t("targetGroup"),
      all: t("allTargetGroups"),
      options: TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroupNames.${g}`) })),
    },
  ] as const;
  return (
    <form
      role="search"
      action={action}
      method="get"
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <label htmlFor="q" className="mb-1 block font-medium">
        {t("searchLabel")}
      </label>
      {errors.q ? (
        <p id="q-error" className="mb-1 text-sm font-medium text-red-700">
          {errors.q}
        </p>
      ) : null}
      <div className="flex gap-2">
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={values.q}
          placeholder={t("searchPlaceholder")}
          maxLength={100}
          aria-invalid={errors.q ? true : undefined}
          aria-describedby={errors.q ? "q-error" : undefined}
          className="block min-h-11 w-full min-w-0 rounded-md border border-slate-400 px-3 py-2 text-base focus:outline-3 focus:outline-amber-400"
        />
        <button type="submit" className="min-h-11 shrink-0 rounded-md bg-brand-700 px-5 font-medium text-white">
          {t("search")}
        </button>
      </div>
      <fieldset className="mt-3 grid gap-3 sm:grid-cols-3">
        <legend className="sr-only">{t("filters")}</legend>
        {filters.map((f) => (
          <div key={f.name}>
            <label htmlFor={f.name} className="mb-1 block text-sm text-slate-700">
              {f.label}
            </label>
            <select id={f.name} name={f.name} defaultValue={values[f.name] ?? ""} className={selectClass}>
              <option value="">{f.all}</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
    </form>
  );
}
