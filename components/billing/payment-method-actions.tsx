"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-class";
import { ActionForm, HiddenField, SubmitButton } from "@/components/ui/form";
import type { FormState } from "@/lib/form-action";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * What may be done to one card. The page passes the service's decisions, so a refused
 * action is explained before the user tries; the service checks again on submit. A
 * refusal shows here; a success is announced by the page, as this form goes away.
 */
export function PaymentMethodActions({
  paymentMethodId,
  card,
  isDefault,
  canMakeDefault,
  canRemove,
  makeDefault,
  remove,
}: {
  paymentMethodId: string;
  card: string;
  isDefault: boolean;
  canMakeDefault: boolean;
  canRemove: boolean;
  makeDefault: Action;
  remove: Action;
}) {
  const t = useTranslations("billing.paymentMethods");
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      {isDefault ? null : canMakeDefault ? (
        <ActionForm action={makeDefault} announceSuccess>
          <HiddenField name="paymentMethodId" value={paymentMethodId} />
          <SubmitButton variant="secondary" size="sm" pendingLabel={t("makingDefault")}>
            <span aria-hidden="true">{t("makeDefault")}</span>
            <span className="sr-only">{t("makeDefaultLabel", { card })}</span>
          </SubmitButton>
        </ActionForm>
      ) : (
        <p className="text-xs text-slate-600">{t("expiredCannotBeDefault")}</p>
      )}
      {canRemove ? (
        // A second step, without JavaScript: the confirmation opens under the summary.
        <details className="group text-sm sm:text-right">
          <summary className={`${buttonClass("ghost", "sm")} cursor-pointer list-none`}>
            <span aria-hidden="true">{t("remove")}</span>
            <span className="sr-only">{t("removeLabel", { card })}</span>
          </summary>
          <div className="mt-2 max-w-xs rounded-md border border-red-200 bg-red-50 p-3 text-left">
            <p className="mb-2 text-sm text-red-900">{t("removeConfirm", { card })}</p>
            <ActionForm action={remove} announceSuccess>
              <HiddenField name="paymentMethodId" value={paymentMethodId} />
              <SubmitButton variant="danger" size="sm" pendingLabel={t("removing")}>
                {t("removeButton")}
              </SubmitButton>
            </ActionForm>
          </div>
        </details>
      ) : (
        <p className="max-w-xs text-xs text-slate-600 sm:text-right">{t("defaultLocked")}</p>
      )}
    </div>
  );
}
