"use client";

import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/form-action";

export function CreateOrganisationForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("orgs");
  return (
    <ActionForm action={action} className="flex flex-wrap items-end gap-3" aria-label={t("create")}>
      <div className="min-w-64 flex-1">
        <TextField name="name" label={t("newName")} placeholder={t("newNamePlaceholder")} required />
      </div>
      <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
    </ActionForm>
  );
}
