import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "@/lib/audit/service";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-types";
import { ServiceError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { insertOrganisation } from "@/lib/organisations/service";
import { clearSignInFailures, recordSignInFailure, signInAllowed } from "@/lib/rate-limit";
import { credentialsSchema, signUpSchema } from "@/lib/users/schema";
import { parseInput } from "@/lib/validation";

export type NewUser = { id: string; email: string; name: string };

/**
 * Creates a user and their Personal space, in the caller's transaction (sign-up and
 * sign-up from an invitation share it). `email` must be normalised already.
 */
export async function insertUserWithPersonalSpace(
  tx: Tx,
  data: { name: string; email: string; password: string },
  context: { ipAddress?: string | null; userAgent?: string | null },
): Promise<NewUser> {
  const passwordHash = await hashPassword(data.password);
  const user = await tx.user
    .create({ data: { name: data.name, email: data.email, passwordHash }, select: { id: true, email: true, name: true } })
    .catch((error: unknown) => {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new ValidationError({ email: "validation.emailTaken" }, "EMAIL_TAKEN");
      }
      throw error;
    });
  const personal = await insertOrganisation(tx, { name: user.name, personalOwnerId: user.id }, user.id);
  await recordAuditEvent(tx, { userId: user.id, email: user.email, ...context }, personal, "user.signed-up", {
    type: "user",
    id: user.id,
    label: user.email,
  });
  return user;
}

export async function signUp(input: unknown, context: { ipAddress?: string | null; userAgent?: string | null } = {}) {
  const data = parseInput(signUpSchema, input);
  return db.$transaction((tx) => insertUserWithPersonalSpace(tx, data, context));
}

/**
 * The user whose e-mail and password match, or null (same answer for either mistake).
 * Throws RATE_LIMITED after too many failures for this address from this network address.
 */
export async function authenticate(input: unknown, origin: { ipAddress?: string | null } = {}): Promise<NewUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const limitKey = `${parsed.data.email}|${origin.ipAddress ?? "unknown"}`;
  if (!(await signInAllowed(limitKey))) throw new ServiceError("RATE_LIMITED");
  const user = await db.user.findUnique({ where: { email: parsed.data.email } });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, parsed.data.password) : false;
  if (!user || !valid) {
    await recordSignInFailure(limitKey);
    return null;
  }
  await clearSignInFailures(limitKey);
  return { id: user.id, email: user.email, name: user.name };
}

export function findUserById(id: string) {
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, image: true } });
}
