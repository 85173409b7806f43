import { z } from "zod";

export const TOKEN_LIFETIMES_DAYS = [7, 30, 90, 365] as const;

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "validation.nameRequired").max(60, "validation.nameTooLong"),
  expiresInDays: z.coerce
    .number("validation.tokenLifetime")
    .refine((days) => (TOKEN_LIFETIMES_DAYS as readonly number[]).includes(days), "validation.tokenLifetime"),
});

export const apiTokenIdSchema = z.object({ tokenId: z.string().min(1, "validation.invalid") });
