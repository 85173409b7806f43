"use client";

import { useTranslations } from "next-intl";
import { ActionForm, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/form-action";
import type { Role } from "@/lib/policy";

export function InviteForm({ action, roles }: { action: (state: FormState, formData: FormData) => Promise<FormState>; roles: Role[] }) {
  const t = useTranslations("members.invite");
  const tRoles = useTranslations("common.roles");
  return (
    <ActionForm action={action} className="grid gap-3 sm:grid-cols-[2fr_1fr_1.5fr_auto] sm:items-end" aria-label={t("title")}>
      <TextField name="email" type="email" label={t("email")} autoComplete="off" required placeholder="name@example.com" />
      <SelectField name="role" label={t("role")} defaultValue="DEVELOPER" options={roles.map((role) => ({ value: role, label: tRoles(role) }))} />
      <TextField name="jobTitle" label={t("jobTitle")} placeholder={t("jobTitlePlaceholder")} />
      <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
