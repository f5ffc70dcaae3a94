"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { ZSignIn } from "@/lib/schemas/auth";
import { safeCallbackPath } from "@/lib/domain/redirect";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("signIn");
  const te = useTranslations("errors");
  const locale = useLocale();
  const [pending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string>();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = ZSignIn.safeParse(Object.fromEntries(form.entries()));
    if (!parsed.success) {
      const errors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= [te(issue.message)];
      setFieldErrors(errors);
      setMessage(te("summary"));
      return;
    }
    setPending(true);
    setFieldErrors({});
    setMessage(undefined);
    const result = await signIn("credentials", { ...parsed.data, redirect: false }).catch(() => undefined);
    if (result?.ok && !result.error) {
      const prefix = locale === "zh-CN" ? "" : `/${locale}`;
      // The server picks the role's home when no safe callback is given.
      window.location.assign(safeCallbackPath(callbackUrl, `${prefix}/sign-in/continue`));
      return;
    }
    setPending(false);
    const reason = result?.error;
    setMessage(
      t(`errors.${reason === "locked" || reason === "disabled" || reason === "invalid" ? reason : "unexpected"}`),
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md">
      <ErrorSummary
        title={te("summaryTitle")}
        message={message}
        fieldErrors={fieldErrors}
        labels={{ identifier: t("identifier"), password: t("password") }}
      />
      <TextField
        name="identifier"
        label={t("identifier")}
        autoComplete="username"
        inputMode="email"
        required
        errors={fieldErrors.identifier}
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        errors={fieldErrors.password}
      />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
