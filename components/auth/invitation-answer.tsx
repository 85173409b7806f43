"use client";

import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton } from "@/components/ui/form";
import type { FormState } from "@/lib/form-action";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function InvitationAnswer({ accept, decline }: { accept: Action; decline: Action }) {
  const t = useTranslations("invitations");
  return (
    <div className="flex flex-wrap gap-3">
      <ActionForm action={accept}>
        <SubmitButton pendingLabel={t("accepting")}>{t("accept")}</SubmitButton>
      </ActionForm>
      <ActionForm action={decline}>
        <SubmitButton variant="secondary" pendingLabel={t("declining")}>
          {t("decline")}
        </SubmitButton>
      </ActionForm>
    </div>
  );
}
