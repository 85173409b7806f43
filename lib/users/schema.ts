import { z } from "zod";

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("validation.email").max(254, "validation.email"));

export const passwordSchema = z
  .string()
  .min(10, "validation.passwordTooShort")
  .max(200, "validation.passwordTooLong");

/** A person's name as shown to the members of their organisations. */
export const personNameSchema = z.string().trim().min(1, "validation.nameRequired").max(80, "validation.personNameTooLong");

export const signUpSchema = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export const credentialsSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});

export const signInLinkSchema = z.object({ email: emailSchema });
