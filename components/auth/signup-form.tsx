"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/form-action";

/**
 * Sign-up, alone or from an invitation: the server action creates the account,
 * then the browser signs in with what was typed and goes on.
 * `invitedEmail` fixes the address (the invitation's); `result.slug` names the joined organisation.
 */
export function SignUpForm({
  action,
  callbackPath,
  invitedEmail,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  callbackPath: string;
  invitedEmail?: string;
}) {
  const t = useTranslations("auth");
  const signUpAndSignIn = async (state: FormState, formData: FormData): Promise<FormState> => {
    const answer = await action(state, formData);
    if (answer.status !== "success") return answer;
    const signedIn = await signIn("credentials", {
      redirect: false,
      email: invitedEmail ?? String(formData.get("email") ?? ""),
      password: String(formData.get("password") ?? ""),
    });
    const destination = answer.result?.slug ? `/orgs/${answer.result.slug}` : callbackPath;
    // A full navigation, as after a sign-in (see LoginForm).
    window.location.assign(signedIn?.ok ? destination : `/login?callbackUrl=${encodeURIComponent(destination)}`);
    return answer;
  };
  return (
    <ActionForm action={signUpAndSignIn} className="space-y-4" showSuccess={false} browserAction>
      <TextField name="name" label={t("name")} autoComplete="name" required />
      {invitedEmail ? (
        <TextField name="invitedEmail" label={t("email")} defaultValue={invitedEmail} readOnly hint={t("invitedEmailHint")} />
      ) : (
        <TextField name="email" type="email" label={t("email")} autoComplete="email" required />
      )}
      <TextField name="password" type="password" label={t("password")} autoComplete="new-password" required hint={t("passwordHint")} />
      <SubmitButton pendingLabel={t("creatingAccount")}>{t("createAccount")}</SubmitButton>
    </ActionForm>
  );
}
