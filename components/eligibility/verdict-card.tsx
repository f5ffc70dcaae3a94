import { useLocale, useTranslations } from "next-intl";
import type { TVerdict } from "@/lib/server/eligibility";
import { FACTS } from "@/lib/domain/eligibility";
import { Link } from "@/lib/i18n/navigation";
import { Badge } from "@/components/ui/notice";
import { districtName } from "@/lib/domain/districts";

/** Where a verdict's subject lives: a policy text, or a program's page with its batches. */
export function verdictHref(v: Pick<TVerdict, "kind" | "id">): string {
  return v.kind === "program" ? `/programs/${v.id}` : `/policies/${v.id}`;
}

const TONE = { ELIGIBLE: "success", NEEDS_INFO: "warning", INELIGIBLE: "danger" } as const;
const MARK_CLASS = { PASS: "text-green-800", FAIL: "text-red-800", UNKNOWN: "text-amber-900" } as const;

/**
 * One policy's verdict with every condition and the next step. `nextStep` replaces the default (a link to the
 * policy) where the page knows better, e.g. an apply-free offer to confirm.
 */
export function VerdictCard({ verdict, nextStep }: { verdict: TVerdict; nextStep?: React.ReactNode }) {
  const t = useTranslations("eligibility");
  const locale = useLocale();
  const en = locale === "en";
  const factName = (f: keyof typeof FACTS) => (en ? FACTS[f].labelEn : FACTS[f].label);
  const failed = verdict.conditions.filter((c) => c.result === "FAIL");
  const headingId = `verdict-${verdict.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <Badge tone={TONE[verdict.outcome]}>{t(`outcome.${verdict.outcome}`)}</Badge>
        {verdict.applyFree ? <Badge tone="neutral">{t("applyFree")}</Badge> : null}
        <span className="text-sm text-slate-600">
          {districtName(verdict.districtCode, locale) ?? verdict.districtName}
        </span>
      </div>
      <h3 id={headingId} className="mb-2 text-lg font-bold">
        <Link href={verdictHref(verdict)}>{verdict.title}</Link>
      </h3>
      <ul className="mb-3 space-y-1" aria-label={t("conditions")}>
        {verdict.conditions.map((c, i) => (
          <li key={i} className={MARK_CLASS[c.result]}>
            <span className="sr-only">{t(`result.${c.result}`)}：</span>
            {en ? c.textEn : c.text}
          </li>
        ))}
      </ul>
      {verdict.ruleNote ? <p className="mb-3 text-sm text-slate-600">{verdict.ruleNote}</p> : null}
      <div className="border-t border-slate-100 pt-3">
        {nextStep ??
          (verdict.outcome === "ELIGIBLE" ? (
            <Link href={verdictHref(verdict)} className="font-medium">
              {t("next.eligible")}
            </Link>
          ) : verdict.outcome === "NEEDS_INFO" ? (
            <p>{t("next.needsInfo", { facts: verdict.missingFacts.map(factName).join(en ? ", " : "、") })}</p>
          ) : (
            <p>
              {t("next.ineligible", {
                conditions: failed.map((c) => (en ? c.requirementEn : c.requirement)).join(en ? "; " : "；"),
              })}
            </p>
          ))}
      </div>
    </article>
  );
}
