"use server";

import { performFormAction, type FormState } from "@/lib/form-action";
import { removePaymentMethod, setDefaultPaymentMethod, updateBillingDetails } from "@/lib/billing/service";

// The slug is bound by the page; the payment method comes from the form. The service
// finds it only inside that organisation, and only for a member allowed to manage billing.

export async function updateBillingDetailsAction(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  return performFormAction(
    formData,
    async (actor, values) => {
      await updateBillingDetails(actor, slug, values);
      return "billing.details.saved";
    },
    { revalidate: `/orgs/${slug}/billing` },
  );
}

export async function setDefaultPaymentMethodAction(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  return performFormAction(
    formData,
    async (actor, values) => {
      await setDefaultPaymentMethod(actor, slug, values);
      return "billing.paymentMethods.madeDefault";
    },
    { revalidate: `/orgs/${slug}/billing/payment-methods` },
  );
}

export async function removePaymentMethodAction(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  return performFormAction(
    formData,
    async (actor, values) => {
      await removePaymentMethod(actor, slug, values);
      return "billing.paymentMethods.removed";
    },
    { revalidate: `/orgs/${slug}/billing/payment-methods` },
  );
}
