"use client";

import { useTranslations } from "next-intl";
import { ActionForm, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/form-action";
import type { ApplicationRuntime } from "@/lib/generated/prisma/enums";

export function CreateApplicationForm({
  action,
  runtimes,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  runtimes: ApplicationRuntime[];
}) {
  const t = useTranslations("applications");
  return (
    <ActionForm action={action} aria-label={t("create.title")}>
      {/* The grid sits inside the form, whose first child is the form's message. */}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField name="name" label={t("create.name")} hint={t("create.nameHint")} placeholder="shop-api" autoComplete="off" required />
        <SelectField
          name="runtime"
          label={t("create.runtime")}
          options={runtimes.map((runtime) => ({ value: runtime, label: t(`runtimes.${runtime}`) }))}
        />
        <div className="md:col-span-2">
          <TextField
            name="repositoryUrl"
            label={t("create.repositoryUrl")}
            hint={t("create.repositoryUrlHint")}
            placeholder="git@github.com:acme/shop-api.git"
            autoComplete="off"
          />
        </div>
        <div className="md:col-span-2">
          <SubmitButton pendingLabel={t("create.pending")}>{t("create.submit")}</SubmitButton>
        </div>
      </div>
    </ActionForm>
  );
}
