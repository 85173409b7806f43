"use client";

import { useTranslations } from "next-intl";
import { ActionForm, HiddenField, SubmitButton, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/form-action";

/** `creationKey` is new at each render of the page: submitting this form twice creates one organisation. */
export function CreateOrganisationForm({ action, creationKey }: { action: (state: FormState, formData: FormData) => Promise<FormState>; creationKey: string }) {
  const t = useTranslations("orgs");
  return (
    <ActionForm action={action} className="flex flex-wrap items-end gap-3" aria-label={t("create")}>
      <HiddenField name="creationKey" value={creationKey} />
      <div className="min-w-64 flex-1">
        <TextField name="name" label={t("newName")} placeholder={t("newNamePlaceholder")} required />
      </div>
      <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
    </ActionForm>
  );
}
