import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth";
import { getOwnProfile } from "@/lib/server/profiles";
import { getMyEligibility } from "@/lib/server/my-eligibility";
import { Link } from "@/lib/i18n/navigation";
import { Badge } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("me"))("title") };
}

export default async function MePage() {
  const actor = await requireRole(["TALENT"]);
  const [t, profile, mine] = await Promise.all([getTranslations("me"), getOwnProfile(actor), getMyEligibility(actor)]);
  const eligible = mine.verdicts.filter((v) => v.outcome === "ELIGIBLE").length;
  const complete = !!profile?.values.education && !!profile.values.hukou;
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t("welcome", { name: actor.displayName })}</h1>
      <section className="mb-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="mb-2 text-lg font-bold">{t("matchesCard")}</h2>
        <p className="mb-3 text-slate-700">{t("matchesCardBody", { eligible, undecided: mine.undecided })}</p>
        <Link
          href="/me/matches"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-medium text-white no-underline"
        >
          {t("matchesLink")}
        </Link>
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="mb-2 text-lg font-bold">{t("profileCard")}</h2>
        <p className="mb-3 text-slate-700">{t("profileCardBody")}</p>
        {complete ? null : (
          <p className="mb-3">
            <Badge tone="warning">{t("profileIncomplete")}</Badge>
          </p>
        )}
        <Link
          href="/me/profile"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-medium text-white no-underline"
        >
          {t("edit")}
        </Link>
      </section>
    </>
  );
}
