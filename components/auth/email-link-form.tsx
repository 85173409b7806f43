"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/form-action";
import { signInLinkSchema } from "@/lib/users/schema";

/**
 * Sign-in by a link e-mailed to the address (next-auth's e-mail provider). The answer is
 * the same whether or not an account uses the address; the e-mail tells its owner.
 */
export function EmailLinkForm({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations("auth");
  const tValidation = useTranslations();
  const requestLink = async (_state: FormState, formData: FormData): Promise<FormState> => {
    const values = { email: String(formData.get("email") ?? "") };
    const parsed = signInLinkSchema.safeParse(values);
    if (!parsed.success) {
      return { status: "error", message: t("linkInvalidEmail"), fieldErrors: { email: tValidation("validation.email") }, values };
    }
    const result = await signIn("email", { email: parsed.data.email, callbackUrl: callbackPath, redirect: false });
    if (!result?.ok || result.error) return { status: "error", message: t("linkNotSent"), values };
    return { status: "success", message: t("linkSent", { email: parsed.data.email }) };
  };
  return (
    <ActionForm action={requestLink} className="space-y-4" browserAction aria-label={t("linkTitle")}>
      <TextField name="email" type="email" label={t("email")} autoComplete="email" required hint={t("linkHint")} />
      <SubmitButton variant="secondary" pendingLabel={t("sendingLink")}>{t("sendLink")}</SubmitButton>
    </ActionForm>
  );
}
