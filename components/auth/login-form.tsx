"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/form-action";

export function LoginForm({ callbackPath, email }: { callbackPath: string; email?: string }) {
  const t = useTranslations("auth");
  const login = async (_state: FormState, formData: FormData): Promise<FormState> => {
    const values = { email: String(formData.get("email") ?? "") };
    const result = await signIn("credentials", {
      redirect: false,
      email: values.email,
      password: String(formData.get("password") ?? ""),
    });
    if (!result?.ok) {
      return { status: "error", message: result?.error === "RATE_LIMITED" ? t("tooManyAttempts") : t("invalidCredentials"), values };
    }
    // A full navigation: the router may hold a prefetched copy of the page from before the
    // sign-in (a redirect to /login), and every server component must see the new session.
    window.location.assign(callbackPath);
    return { status: "success" };
  };
  return (
    <ActionForm action={login} className="space-y-4" showSuccess={false} browserAction aria-label={t("passwordFormLabel")}>
      <TextField name="email" type="email" label={t("email")} autoComplete="email" required defaultValue={email} />
      <TextField name="password" type="password" label={t("password")} autoComplete="current-password" required />
      <SubmitButton pendingLabel={t("signingIn")}>{t("signIn")}</SubmitButton>
    </ActionForm>
  );
}
