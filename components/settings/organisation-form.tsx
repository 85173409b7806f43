"use client";

import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/form-action";

export function OrganisationForm({
  action,
  name,
  billingEmail,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  name: string;
  billingEmail: string | null;
}) {
  const t = useTranslations("settings.general");
  return (
    <ActionForm action={action} className="max-w-xl space-y-4" aria-label={t("title")}>
      <TextField name="name" label={t("name")} defaultValue={name} autoComplete="organization" required />
      <TextField
        name="billingEmail"
        type="email"
        label={t("billingEmail")}
        hint={t("billingEmailHint")}
        defaultValue={billingEmail ?? ""}
        autoComplete="email"
      />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
