"use client";

import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton } from "@/components/ui/form";
import { closeOnEscape } from "@/components/ui/close-on-escape";
import type { FormState } from "@/lib/form-action";

export function LeaveOrganisation({ action, organisationName }: { action: (state: FormState, formData: FormData) => Promise<FormState>; organisationName: string }) {
  const t = useTranslations("members.leave");
  return (
    // The confirmation opens over the page, so opening it moves nothing around it.
    <details className="relative" onKeyDown={closeOnEscape}>
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-700">
        {t("button")}
      </summary>
      <div className="absolute right-0 z-10 mt-2 w-80 rounded-md border border-slate-200 bg-white p-3 shadow-lg">
        <ActionForm action={action}>
          <p className="mb-3 text-sm text-slate-800">{t("confirm", { organisation: organisationName })}</p>
          <SubmitButton variant="danger" size="sm" pendingLabel={t("leaving")}>
            {t("confirmButton")}
          </SubmitButton>
        </ActionForm>
      </div>
    </details>
  );
}
