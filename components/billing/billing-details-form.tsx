"use client";

import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/form-action";

export type BillingDetails = {
  billingName: string | null;
  billingEmail: string | null;
  billingAddress: string | null;
  vatNumber: string | null;
};

export function BillingDetailsForm({
  action,
  details,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  details: BillingDetails;
}) {
  const t = useTranslations("billing.details");
  return (
    <ActionForm action={action} className="space-y-4" aria-label={t("title")}>
      <TextField name="billingName" label={t("billingName")} hint={t("billingNameHint")} defaultValue={details.billingName ?? ""} autoComplete="organization" required />
      <TextField name="billingEmail" type="email" label={t("billingEmail")} hint={t("billingEmailHint")} defaultValue={details.billingEmail ?? ""} autoComplete="email" />
      <TextField name="billingAddress" label={t("billingAddress")} hint={t("billingAddressHint")} defaultValue={details.billingAddress ?? ""} autoComplete="street-address" required />
      <TextField name="vatNumber" label={t("vatNumber")} hint={t("vatNumberHint")} defaultValue={details.vatNumber ?? ""} autoComplete="off" />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
