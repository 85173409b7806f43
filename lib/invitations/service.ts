import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAuditEvent } from "@/lib/audit/service";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-types";
import { invitationEmail } from "@/lib/email/invitation-email";
import { sendEmail } from "@/lib/email/service";
import { ForbiddenError, NotFoundError, ServiceError, ValidationError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import {
  invitationIdSchema,
  invitationTokenSchema,
  inviteMemberSchema,
  signUpFromInvitationSchema,
} from "@/lib/invitations/schema";
import { hashInvitationToken, invitationExpiry, newInvitationToken } from "@/lib/invitations/token";
import { authorizeLocked } from "@/lib/organisations/access";
import { canInvite, canManageInvitation, type Decision } from "@/lib/policy";
import { consumeInvitationQuota } from "@/lib/rate-limit";
import { insertUserWithPersonalSpace, type NewUser } from "@/lib/users/service";
import { parseInput } from "@/lib/validation";

/** Where links in e-mails point: the public URL of this instance. */
export type EmailContext = { locale: Locale; baseUrl: string };

function invitationUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/$/, "")}/invitations/${token}`;
}

function assertAllowed(decision: Decision): void {
  if (!decision.allowed) throw new ForbiddenError(decision.reason, "members:manage");
}

async function emailInvitation(
  context: EmailContext,
  invitation: { email: string; role: import("@/lib/policy").Role; expiresAt: Date },
  token: string,
  organisationName: string,
  inviterName: string,
): Promise<boolean> {
  try {
    await sendEmail(
      await invitationEmail(context.locale, {
        to: invitation.email,
        organisationName,
        inviterName,
        role: invitation.role,
        url: invitationUrl(context.baseUrl, token),
        expiresAt: invitation.expiresAt,
      }),
    );
    return true;
  } catch (error) {
    // The invitation is saved and listed with a Resend action: a mail failure loses nothing.
    console.error("invitation e-mail failed", error);
    return false;
  }
}

/**
 * Invites an address with a role. An address can have one invitation per organisation:
 * a revoked, declined, expired or used one is renewed; a live one is reported.
 */
export async function inviteMember(actor: Actor, slug: string, input: unknown, context: EmailContext) {
  const { email, role, jobTitle } = parseInput(inviteMemberSchema, input);
  await consumeInvitationQuota(actor.userId);
  const { token, tokenHash } = newInvitationToken();
  const result = await db.$transaction(async (tx) => {
    const { organisation, membership } = await authorizeLocked(tx, actor.userId, slug, "members:manage");
    assertAllowed(canInvite(membership.role, role, { personal: organisation.personal, adminCount: 0 }));
    const alreadyMember = await tx.membership.findFirst({
      where: { organisationId: organisation.id, user: { email } },
      select: { id: true },
    });
    if (alreadyMember) throw new ValidationError({ email: "validation.alreadyMember" }, "ALREADY_MEMBER");
    const existing = await tx.invitation.findUnique({
      where: { organisationId_email: { organisationId: organisation.id, email } },
    });
    if (existing?.status === "PENDING" && existing.expiresAt > new Date()) {
      throw new ValidationError({ email: "validation.alreadyInvited" }, "ALREADY_INVITED");
    }
    const fields = {
      role, jobTitle, tokenHash, status: "PENDING" as const, expiresAt: invitationExpiry(),
      invitedById: actor.userId, acceptedById: null, respondedAt: null,
    };
    const invitation = existing
      ? await tx.invitation.update({ where: { id: existing.id }, data: fields })
      : await tx.invitation.create({ data: { ...fields, organisationId: organisation.id, email } });
    await recordAuditEvent(tx, actor, organisation, "invitation.created", {
      type: "invitation",
      id: invitation.id,
      label: email,
    }, { role });
    return { invitation, organisation };
  });
  const inviter = await db.user.findUnique({ where: { id: actor.userId }, select: { name: true } });
  const emailSent = await emailInvitation(context, result.invitation, token, result.organisation.name, inviter?.name ?? actor.email);
  return { invitationId: result.invitation.id, emailSent };
}

/** A live or expired pending invitation of the organisation that the actor may manage. */
async function loadManageableInvitation(tx: Tx, actor: Actor, slug: string, input: unknown) {
  const { invitationId } = parseInput(invitationIdSchema, input);
  const { organisation, membership } = await authorizeLocked(tx, actor.userId, slug, "members:manage");
  const invitation = await tx.invitation.findFirst({
    where: { id: invitationId, organisationId: organisation.id, status: "PENDING" },
  });
  if (!invitation) throw new NotFoundError();
  assertAllowed(canManageInvitation(membership.role, invitation.role));
  return { organisation, invitation };
}

/** A new token and a new expiry: the old link stops working. Works on expired invitations too. */
export async function resendInvitation(actor: Actor, slug: string, input: unknown, context: EmailContext) {
  await consumeInvitationQuota(actor.userId);
  const { token, tokenHash } = newInvitationToken();
  const { invitation, organisation } = await db.$transaction(async (tx) => {
    const loaded = await loadManageableInvitation(tx, actor, slug, input);
    const invitation = await tx.invitation.update({
      where: { id: loaded.invitation.id },
      data: { tokenHash, expiresAt: invitationExpiry(), invitedById: actor.userId },
    });
    await recordAuditEvent(tx, actor, loaded.organisation, "invitation.resent", {
      type: "invitation",
      id: invitation.id,
      label: invitation.email,
    });
    return { invitation, organisation: loaded.organisation };
  });
  const inviter = await db.user.findUnique({ where: { id: actor.userId }, select: { name: true } });
  return { emailSent: await emailInvitation(context, invitation, token, organisation.name, inviter?.name ?? actor.email) };
}

export async function revokeInvitation(actor: Actor, slug: string, input: unknown) {
  await db.$transaction(async (tx) => {
    const { organisation, invitation } = await loadManageableInvitation(tx, actor, slug, input);
    await tx.invitation.update({ where: { id: invitation.id }, data: { status: "REVOKED", respondedAt: new Date() } });
    await recordAuditEvent(tx, actor, organisation, "invitation.revoked", {
      type: "invitation",
      id: invitation.id,
      label: invitation.email,
    });
  });
}

export type InvitationState = "valid" | "expired" | "revoked" | "accepted" | "declined";

/** What the invitation page shows for a token; null when no invitation has this token. */
export async function getInvitationByToken(token: string) {
  if (!invitationTokenSchema.safeParse(token).success) return null;
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      email: true,
      role: true,
      status: true,
      expiresAt: true,
      organisation: { select: { name: true, slug: true } },
      invitedBy: { select: { name: true } },
      acceptedById: true,
    },
  });
  if (!invitation) return null;
  const accountExists = (await db.user.count({ where: { email: invitation.email } })) > 0;
  return {
    email: invitation.email,
    role: invitation.role,
    organisation: invitation.organisation,
    inviterName: invitation.invitedBy?.name ?? null,
    expiresAt: invitation.expiresAt,
    accountExists,
    acceptedById: invitation.acceptedById,
    state: invitationState(invitation.status, invitation.expiresAt),
  };
}

function invitationState(status: string, expiresAt: Date): InvitationState {
  if (status === "ACCEPTED") return "accepted";
  if (status === "DECLINED") return "declined";
  if (status === "REVOKED") return "revoked";
  return expiresAt <= new Date() ? "expired" : "valid";
}

const STATE_ERRORS = {
  expired: "INVITATION_EXPIRED",
  revoked: "INVITATION_REVOKED",
  accepted: "INVITATION_ALREADY_USED",
  declined: "INVITATION_ALREADY_USED",
} as const;

/** Locks the invitation row of a token and checks it can still be answered. */
async function lockAnswerableInvitation(tx: Tx, token: string) {
  if (!invitationTokenSchema.safeParse(token).success) throw new ServiceError("INVITATION_INVALID");
  const tokenHash = hashInvitationToken(token);
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Invitation" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
  if (rows.length === 0) throw new ServiceError("INVITATION_INVALID");
  const invitation = await tx.invitation.findUniqueOrThrow({
    where: { id: rows[0].id },
    include: { organisation: { select: { id: true, slug: true, name: true } } },
  });
  const state = invitationState(invitation.status, invitation.expiresAt);
  if (state !== "valid") throw new ServiceError(STATE_ERRORS[state]);
  return invitation;
}

/** Joins the organisation with the invited role. Never changes an existing membership. */
async function joinFromInvitation(tx: Tx, user: NewUser, invitation: Awaited<ReturnType<typeof lockAnswerableInvitation>>, actor: Actor) {
  const existing = await tx.membership.findUnique({
    where: { organisationId_userId: { organisationId: invitation.organisationId, userId: user.id } },
  });
  if (existing) throw new ServiceError("ALREADY_MEMBER");
  await tx.membership.create({
    data: { organisationId: invitation.organisationId, userId: user.id, role: invitation.role, jobTitle: invitation.jobTitle },
  });
  await tx.invitation.update({
    where: { id: invitation.id },
    data: { status: "ACCEPTED", acceptedById: user.id, respondedAt: new Date() },
  });
  await recordAuditEvent(tx, actor, invitation.organisation, "invitation.accepted", {
    type: "member",
    id: user.id,
    label: user.email,
  }, { role: invitation.role });
  return { slug: invitation.organisation.slug };
}

/** Accepts as the signed-in user, whose e-mail must be the invited one (case-insensitive). */
export async function acceptInvitation(actor: Actor, token: string) {
  return db.$transaction(async (tx) => {
    const invitation = await lockAnswerableInvitation(tx, token);
    const user = await tx.user.findUnique({ where: { id: actor.userId }, select: { id: true, email: true, name: true } });
    if (!user) throw new ServiceError("UNAUTHENTICATED");
    if (user.email.toLowerCase() !== invitation.email.toLowerCase()) throw new ServiceError("INVITATION_WRONG_ACCOUNT");
    return joinFromInvitation(tx, user, invitation, actor);
  });
}

export async function declineInvitation(actor: Actor, token: string) {
  await db.$transaction(async (tx) => {
    const invitation = await lockAnswerableInvitation(tx, token);
    if (actor.email.toLowerCase() !== invitation.email.toLowerCase()) throw new ServiceError("INVITATION_WRONG_ACCOUNT");
    await tx.invitation.update({ where: { id: invitation.id }, data: { status: "DECLINED", respondedAt: new Date() } });
    await recordAuditEvent(tx, actor, invitation.organisation, "invitation.declined", {
      type: "invitation",
      id: invitation.id,
      label: invitation.email,
    });
  });
}

/**
 * A person with no account signs up from the link: the account takes the invited
 * address (proven by the e-mail), gets its Personal space, and joins — one transaction.
 */
export async function signUpFromInvitation(
  token: string,
  input: unknown,
  context: { ipAddress?: string | null; userAgent?: string | null },
) {
  const { name, password } = parseInput(signUpFromInvitationSchema, input);
  return db.$transaction(async (tx) => {
    const invitation = await lockAnswerableInvitation(tx, token);
    const user = await insertUserWithPersonalSpace(tx, { name, email: invitation.email, password }, context);
    await tx.user.update({ where: { id: user.id }, data: { emailVerified: new Date() } });
    const joined = await joinFromInvitation(tx, user, invitation, { userId: user.id, email: user.email, ...context });
    return { ...joined, email: user.email };
  });
}
