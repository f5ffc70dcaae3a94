import { getLocale } from "next-intl/server";
import { getActor } from "@/lib/auth";
import { homeFor } from "@/lib/domain/redirect";
import { redirect } from "@/lib/i18n/navigation";

/** After sign-in without a page to return to: each role goes to its own workspace. */
export default async function ContinuePage() {
  const [actor, locale] = await Promise.all([getActor(), getLocale()]);
  redirect({ href: actor ? homeFor(actor.role) : "/sign-in", locale });
}
