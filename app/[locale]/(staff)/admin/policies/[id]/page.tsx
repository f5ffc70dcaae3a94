import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth";
import { isPlatformAdmin, STAFF_ROLES } from "@/lib/domain/access";
import { DISTRICT_CODES } from "@/lib/domain/districts";
import { Link } from "@/lib/i18n/navigation";
import { getPolicy, mayEditPolicy } from "@/lib/server/policies";
import { PolicyForm } from "@/components/admin/policy-form";
import { PolicyStatusForm } from "@/components/admin/policy-status-form";
import { Badge, Notice } from "@/components/ui/notice";
import { changePolicyStatusAction, previewRuleMatchesAction, updatePolicyAction } from "../actions";
import { isoFromDate } from "@/lib/domain/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPolicies"))("edit") };
}

const date = (d: Date | null) => isoFromDate(d) ?? "";

export default async function EditPolicyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireRole(STAFF_ROLES);
  const [{ id }, query, t] = await Promise.all([params, searchParams, getTranslations("adminPolicies")]);
  const policy = await getPolicy(actor, id).catch(() => notFound());
  const editable = mayEditPolicy(actor, policy.districtCode);
  const choices = isPlatformAdmin(actor) ? ["", ...DISTRICT_CODES] : actor.districtCode ? [actor.districtCode] : [];
  const body = policy.clauses.map((c) => c.text).join("");
  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-2">
        <Link href="/admin/policies">← {t("title")}</Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{policy.title}</h1>
      <p className="mb-4 flex flex-wrap items-center gap-3">
        <Badge>{t(`statuses.${policy.status}`)}</Badge>
        {policy.status !== "DRAFT" ? <Link href={`/policies/${policy.id}`}>{t("viewPublic")}</Link> : null}
      </p>
      {query.created ? (
        <Notice tone="success" live>
          {t("form.created")}
        </Notice>
      ) : null}
      {query.saved ? (
        <Notice tone="success" live>
          {t("form.saved")}
        </Notice>
      ) : null}
      {query.status ? (
        <Notice tone="success" live>
          {t("actions.done")}
        </Notice>
      ) : null}
      {!editable ? <Notice>{t("readOnly")}</Notice> : null}

      {editable ? (
        <section aria-labelledby="status-heading" className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="status-heading" className="mb-3 text-lg font-bold">
            {t("actions.title")}
          </h2>
          <PolicyStatusForm action={changePolicyStatusAction} policyId={policy.id} status={policy.status} />
        </section>
      ) : null}

      {editable ? (
        <section className="mb-8">
          <PolicyForm
            action={updatePolicyAction}
            countAction={previewRuleMatchesAction}
            policyId={policy.id}
            districtChoices={
              choices.includes(policy.districtCode ?? "") ? choices : [policy.districtCode ?? "", ...choices]
            }
            initial={{
              title: policy.title,
              kind: policy.kind,
              districtCode: policy.districtCode ?? "",
              cityName: policy.cityName,
              issuers: policy.issuers.join("\n"),
              docNumber: policy.docNumber ?? "",
              issuedOn: date(policy.issuedOn),
              effectiveOn: date(policy.effectiveOn),
              expiresOn: date(policy.expiresOn),
              categories: policy.categories.join(","),
              targetGroups: policy.targetGroups.join(","),
              body,
              rule: policy.rule ? JSON.stringify(policy.rule) : "",
              ruleNote: policy.ruleNote ?? "",
              applyFree: policy.applyFree ? "on" : "",
              employerConfirms: policy.employerConfirms ? "on" : "",
              updatedAt: policy.updatedAt.toISOString(),
            }}
          />
        </section>
      ) : null}

      <section aria-labelledby="preview-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="preview-heading" className="mb-3 text-lg font-bold">
          {t("preview", { count: policy.clauses.length })}
        </h2>
        <ol className="space-y-2 text-sm">
          {policy.clauses.map((c) => (
            <li key={c.id} className="border-b border-slate-100 pb-2">
              <span className="mr-2 font-mono text-slate-500">#{c.anchor}</span>
              {c.headings.length ? <span className="text-slate-500">{c.headings.join(" › ")} › </span> : null}
              <span>{c.text.trim().slice(0, 80)}</span>
              {c.text.trim().length > 80 ? "…" : ""}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
