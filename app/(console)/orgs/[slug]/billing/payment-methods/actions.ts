"use server";

import { performFormAction, type FormState } from "@/lib/form-action";
import { removePaymentMethod, setDefaultPaymentMethod, updateBillingDetails } from "@/lib/billing/service";

// The slug is bound by the page; the payment method comes from the form. The service
// finds it only inside that organisation, and only for a member allowed to manage billing.
// A card action's success is told by the list itself (PaymentMethodChanges), not by a message.

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
    (actor, values) => setDefaultPaymentMethod(actor, slug, values),
    { revalidate: `/orgs/${slug}/billing/payment-methods` },
  );
}

export async function removePaymentMethodAction(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  return performFormAction(
    formData,
    (actor, values) => removePaymentMethod(actor, slug, values),
    { revalidate: `/orgs/${slug}/billing/payment-methods` },
  );
}
