import { z } from "zod";

export const organisationNameSchema = z
  .string()
  .trim()
  .min(2, "validation.nameTooShort")
  .max(60, "validation.nameTooLong");

export const createOrganisationSchema = z.object({
  name: organisationNameSchema,
  // The form's own key (lib/organisations/service.ts createOrganisation); absent, each request creates.
  creationKey: z.uuid("validation.invalid").optional(),
});

export const updateOrganisationSchema = z.object({
  name: organisationNameSchema,
  billingEmail: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.union([z.literal(""), z.email("validation.email")]))
    .transform((value) => value || null),
});

export const deleteOrganisationSchema = z.object({
  confirmation: z.string().trim(),
});
