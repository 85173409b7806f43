import type { InvoiceStatus, InvoiceType } from "@/lib/generated/prisma/enums";

// The billing rules that do not depend on who asks: how invoices are grouped, how a
// credit note counts, which payment methods may be made default or removed. Pure,
// so the service enforces them and the pages show them from one definition.

/** The three sections of the invoices page, in the order they are shown. */
export const INVOICE_SECTIONS = {
  toPay: ["PENDING", "WONTPAY"],
  awaitingValidation: ["PROCESSING", "PAYMENTHELD"],
  paid: ["PAID", "CANCELED", "REFUNDED"],
} as const satisfies Record<string, readonly InvoiceStatus[]>;

export type InvoiceSection = keyof typeof INVOICE_SECTIONS;

/** An invoice is a debt, a credit note a credit: stored positive, it counts negative. */
export function signedCents(type: InvoiceType, cents: number): number {
  return type === "CREDITNOTE" ? -cents : cents;
}

export type PaymentMethodFacts = { isDefault: boolean; expMonth: number; expYear: number };

/** A card works until the last day of its expiry month. */
export function isExpired(method: Pick<PaymentMethodFacts, "expMonth" | "expYear">, now: Date): boolean {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  return method.expYear < year || (method.expYear === year && method.expMonth < month);
}

export type PaymentMethodRefusal = "PAYMENT_METHOD_EXPIRED" | "DEFAULT_PAYMENT_METHOD";
export type PaymentMethodDecision = { allowed: true } | { allowed: false; reason: PaymentMethodRefusal };

/** Only a card that can still be charged may become the one invoices are charged to. */
export function canSetDefault(method: PaymentMethodFacts, now: Date): PaymentMethodDecision {
  if (isExpired(method, now)) return { allowed: false, reason: "PAYMENT_METHOD_EXPIRED" };
  return { allowed: true };
}

/**
 * Any card but the default may be removed. The default may be removed only when it is
 * the last card: otherwise the organisation would keep cards and none to charge, so
 * another card must be made default first — a choice Atelier does not make for the user.
 */
export function canRemove(method: PaymentMethodFacts, paymentMethodCount: number): PaymentMethodDecision {
  if (method.isDefault && paymentMethodCount > 1) return { allowed: false, reason: "DEFAULT_PAYMENT_METHOD" };
  return { allowed: true };
}
