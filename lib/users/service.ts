import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "@/lib/audit/service";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-types";
import { ServiceError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { noAccountEmail, signInLinkEmail } from "@/lib/email/sign-in-link-email";
import { sendEmail } from "@/lib/email/service";
import type { Locale } from "@/lib/i18n/locales";
import { insertOrganisation } from "@/lib/organisations/service";
import { clearSignInFailures, consumeSignInLinkQuota, recordSignInFailure, signInAllowed } from "@/lib/rate-limit";
import { credentialsSchema, signInLinkSchema, signUpSchema } from "@/lib/users/schema";
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
  const attempt = { email: parsed.data.email, ipAddress: origin.ipAddress };
  if (!(await signInAllowed(attempt))) throw new ServiceError("RATE_LIMITED");
  const user = await db.user.findUnique({ where: { email: parsed.data.email } });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, parsed.data.password) : false;
  if (!user || !valid) {
    await recordSignInFailure(attempt);
    return null;
  }
  await clearSignInFailures(attempt);
  return { id: user.id, email: user.email, name: user.name };
}

/** How long an e-mailed sign-in link works. */
export const SIGN_IN_LINK_MAX_AGE_SECONDS = 15 * 60;

/**
 * E-mails a sign-in link (made by next-auth's e-mail provider) to `email`, or, when no
 * account uses that address, an e-mail that says so and offers to sign up: whoever asks
 * sees the same answer, so the page never tells which addresses have an account.
 * Refuses (RATE_LIMITED) after a few links to one address.
 */
export async function sendSignInLink(
  request: { email: string; url: string; expiresAt: Date },
  context: { locale: Locale; baseUrl: string },
): Promise<void> {
  const { email } = parseInput(signInLinkSchema, { email: request.email });
  await consumeSignInLinkQuota(email);
  const account = await db.user.findUnique({ where: { email }, select: { id: true } });
  await sendEmail(
    account
      ? await signInLinkEmail(context.locale, { to: email, url: request.url, expiresAt: request.expiresAt })
      : await noAccountEmail(context.locale, { to: email, signUpUrl: `${context.baseUrl}/signup` }),
  );
}

/** Whether a followed sign-in link may sign `userId` in: only an existing account (never a new one). */
export async function signInLinkMaySignIn(userId: string): Promise<boolean> {
  return (await db.user.count({ where: { id: userId } })) === 1;
}
