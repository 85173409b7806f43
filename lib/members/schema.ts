import { z } from "zod";
import { ROLES } from "@/lib/policy";

export const roleSchema = z.enum(ROLES, "validation.role");

export const changeRoleSchema = z.object({
  membershipId: z.string().min(1, "validation.invalid"),
  role: roleSchema,
});

export const removeMemberSchema = z.object({
  membershipId: z.string().min(1, "validation.invalid"),
});
