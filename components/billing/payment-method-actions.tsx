"use client";

import { useTranslations } from "next-intl";
import { ConfirmDisclosure } from "@/components/ui/confirm-disclosure";
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
        <ConfirmDisclosure
          summary={t("remove")}
          summaryLabel={t("removeLabel", { card })}
          confirmation={t("removeConfirm", { card })}
          action={remove}
          field={{ name: "paymentMethodId", value: paymentMethodId }}
          submitLabel={t("removeButton")}
          pendingLabel={t("removing")}
        />
      ) : (
        <p className="max-w-xs text-xs text-slate-600 sm:text-right">{t("defaultLocked")}</p>
      )}
    </div>
  );
}
