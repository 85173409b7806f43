import { z } from "zod";

// Inputs of the billing area. Query parameters and form fields arrive as strings:
// each schema says how a string becomes the value the service uses.

/** `?year=2025`, `?year=all`, or nothing (the service picks the latest year). A bad value means "no choice". */
export const invoiceListQuerySchema = z.object({
  year: z
    .union([z.literal("all"), z.coerce.number().int().min(2000).max(9999)])
    .optional()
    .catch(undefined),
});

/** An invoice number from a URL; anything else simply matches no invoice. */
export const invoiceNumberSchema = z.string().trim().min(1).max(64);

const optional = (schema: z.ZodType<string, string>) =>
  z
    .string()
    .trim()
    .pipe(z.union([z.literal(""), schema]))
    .transform((value) => value || null);

export const billingDetailsSchema = z.object({
  billingName: z.string().trim().min(1, "validation.billingNameRequired").max(120, "validation.billingNameTooLong"),
  billingEmail: optional(z.string().toLowerCase().max(254, "validation.email").pipe(z.email("validation.email"))),
  billingAddress: z.string().trim().min(1, "validation.billingAddressRequired").max(300, "validation.billingAddressTooLong"),
  // Written as people do ("FR 40 123 456 789"), stored as tax authorities print it ("FR40123456789").
  vatNumber: optional(
    z
      .string()
      .transform((value) => value.replace(/[\s.\-]/g, "").toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{2}[0-9A-Z]{2,13}$/, "validation.vatNumber")),
  ),
});

export const paymentMethodIdSchema = z.object({
  paymentMethodId: z.string().min(1, "validation.invalid").max(64, "validation.invalid"),
});
