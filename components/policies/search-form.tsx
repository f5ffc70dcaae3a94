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
        <div>
          <label htmlFor="district" className="mb-1 block text-sm text-slate-700">
            {t("district")}
          </label>
          <select id="district" name="district" defaultValue={values.district ?? ""} className={selectClass}>
            <option value="">{t("allDistricts")}</option>
            {DISTRICTS.map((d) => (
              <option key={d.code} value={d.code}>
                {locale === "zh-CN" ? d.name : d.nameEn}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="category" className="mb-1 block text-sm text-slate-700">
            {t("category")}
          </label>
          <select id="category" name="category" defaultValue={values.category ?? ""} className={selectClass}>
            <option value="">{t("allCategories")}</option>
            {POLICY_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categoryNames.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="targetGroup" className="mb-1 block text-sm text-slate-700">
            {t("targetGroup")}
          </label>
          <select id="targetGroup" name="targetGroup" defaultValue={values.targetGroup ?? ""} className={selectClass}>
            <option value="">{t("allTargetGroups")}</option>
            {TARGET_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`targetGroupNames.${g}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
    </form>
  );
}
