import { z } from "zod";
import { roleSchema } from "@/lib/members/schema";
import { emailSchema, passwordSchema, personNameSchema } from "@/lib/users/schema";

export const inviteMemberSchema = z.object({
  email: emailSchema,
  role: roleSchema,
  jobTitle: z
    .string()
    .trim()
    .max(80, "validation.jobTitleTooLong")
    .optional()
    .transform((value) => value || null),
});

export const invitationIdSchema = z.object({
  invitationId: z.string().min(1, "validation.invalid"),
});

export const invitationTokenSchema = z.string().min(20).max(100);

export const signUpFromInvitationSchema = z.object({
  name: personNameSchema,
  password: passwordSchema,
});
