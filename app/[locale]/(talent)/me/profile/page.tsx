import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth";
import { getOwnProfile } from "@/lib/server/profiles";
import { listVerifiedEnterprises } from "@/lib/server/enterprises";
import { ProfileForm } from "@/components/profile/profile-form";
import { saveProfileAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

/** Form values are strings; yes/no questions are "yes", "no" or "" (not given). */
function asFormValues(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => [k, typeof v === "boolean" ? (v ? "yes" : "no") : String(v)]),
  );
}

export default async function ProfilePage() {
  const actor = await requireRole(["TALENT"]);
  const [t, locale, profile, enterprises] = await Promise.all([
    getTranslations("profile"),
    getLocale(),
    getOwnProfile(actor),
    listVerifiedEnterprises(),
  ]);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-slate-700">{t("lead")}</p>
      <ProfileForm
        action={saveProfileAction}
        initial={asFormValues(profile?.values ?? { realName: actor.displayName })}
        identity={{
          idType: profile?.idType ?? null,
          maskedIdNumber: profile?.maskedIdNumber ?? null,
          birthDate: profile?.birthDate,
        }}
        employers={enterprises.map((x) => ({
          id: x.id,
          label: `${x.name}（${locale === "zh-CN" ? x.district.name : x.district.nameEn}）`,
        }))}
      />
    </div>
  );
}
