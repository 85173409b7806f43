import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAuditEvent } from "@/lib/audit/service";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-types";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize, resolveMembership } from "@/lib/organisations/access";
import {
  createOrganisationSchema,
  deleteOrganisationSchema,
  updateOrganisationSchema,
} from "@/lib/organisations/schema";
import { can, canDeleteOrganisation } from "@/lib/policy";
import { slugify, suffixedSlug } from "@/lib/slug";
import { parseInput } from "@/lib/validation";

/** The organisations the user belongs to, Personal space first, with their role in each. */
export async function listMyOrganisations(userId: string) {
  const memberships = await db.membership.findMany({
    where: { userId },
    select: {
      role: true,
      organisation: {
        select: {
          slug: true,
          name: true,
          personalOwnerId: true,
          _count: { select: { memberships: true, applications: true } },
        },
      },
    },
    orderBy: { organisation: { name: "asc" } },
  });
  // A count is shown only to a role that may open what it counts: an Accounting
  // member learns nothing of an organisation's members or applications from here.
  return memberships
    .map(({ role, organisation }) => ({
      slug: organisation.slug,
      name: organisation.name,
      personal: organisation.personalOwnerId !== null,
      role,
      memberCount: can(role, "members:view") ? organisation._count.memberships : null,
      applicationCount: can(role, "applications:view") ? organisation._count.applications : null,
    }))
    .sort((a, b) => Number(b.personal) - Number(a.personal));
}

/** Inserts an organisation under a free slug (the plain one, else a suffixed one). */
export async function insertOrganisation(
  tx: Tx,
  data: { name: string; personalOwnerId?: string; creationKey?: string },
  ownerId: string,
) {
  const base = slugify(data.name);
  for (const slug of [base, suffixedSlug(base), suffixedSlug(base)]) {
    const taken = await tx.organisation.findUnique({ where: { slug }, select: { id: true } });
    if (taken) continue;
    return tx.organisation.create({
      data: { ...data, slug, memberships: { create: { userId: ownerId, role: "ADMIN" } } },
    });
  }
  throw new ValidationError({ name: "validation.slugTaken" }, "SLUG_TAKEN");
}

/**
 * Creates an organisation with the actor as its Admin. A `creationKey` (one per rendered
 * form) makes it idempotent: the same submission again — a doubled click, a retry, two
 * requests racing — answers the organisation it created, and creates nothing.
 */
export async function createOrganisation(actor: Actor, input: unknown) {
  const { name, creationKey } = parseInput(createOrganisationSchema, input);
  const created = (key: string) =>
    db.organisation.findFirst({ where: { creationKey: key, memberships: { some: { userId: actor.userId } } }, select: { slug: true } });
  const earlier = creationKey ? await created(creationKey) : null;
  if (earlier) return earlier;
  try {
    return await db.$transaction(async (tx) => {
      const organisation = await insertOrganisation(tx, { name, creationKey }, actor.userId);
      await recordAuditEvent(tx, actor, organisation, "organisation.created", {
        type: "organisation",
        id: organisation.id,
        label: organisation.name,
      });
      return { slug: organisation.slug };
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    // Either the same submission won the race (its organisation is the answer) or another
    // request took the slug between our check and our insert.
    const winner = creationKey ? await created(creationKey) : null;
    if (winner) return winner;
    throw new ValidationError({ name: "validation.slugTaken" }, "SLUG_TAKEN");
  }
}

/** What the overview shows; the caller must be allowed to view the organisation. */
export async function getOrganisationOverview(userId: string, slug: string) {
  const { organisation, membership } = await authorize(db, userId, slug, "organisation:view");
  const [applications, addOns, members, pendingInvitations] = await Promise.all([
    db.application.groupBy({ by: ["status"], where: { organisationId: organisation.id }, _count: true }),
    db.addOn.count({ where: { organisationId: organisation.id } }),
    db.membership.count({ where: { organisationId: organisation.id } }),
    db.invitation.count({ where: { organisationId: organisation.id, status: "PENDING", expiresAt: { gt: new Date() } } }),
  ]);
  return {
    organisation,
    role: membership.role,
    applicationsByStatus: Object.fromEntries(applications.map((group) => [group.status, group._count])),
    applicationCount: applications.reduce((sum, group) => sum + group._count, 0),
    addOnCount: addOns,
    memberCount: members,
    pendingInvitationCount: pendingInvitations,
  };
}

export async function getOrganisationSettings(userId: string, slug: string) {
  const { organisation, membership } = await authorize(db, userId, slug, "organisation:edit");
  const details = await db.organisation.findUniqueOrThrow({
    where: { id: organisation.id },
    select: {
      billingEmail: true,
      _count: {
        select: {
          memberships: true,
          applications: true,
          addOns: true,
          invoices: true,
          // Answered invitations are history, not something a deletion takes away.
          invitations: { where: { status: "PENDING" } },
        },
      },
    },
  });
  return {
    organisation,
    role: membership.role,
    billingEmail: details.billingEmail,
    counts: details._count,
    deletion: canDeleteOrganisation(membership.role, organisation),
  };
}

export async function updateOrganisation(actor: Actor, slug: string, input: unknown) {
  const data = parseInput(updateOrganisationSchema, input);
  return db.$transaction(async (tx) => {
    const { organisation } = await authorize(tx, actor.userId, slug, "organisation:edit");
    await tx.organisation.update({ where: { id: organisation.id }, data });
    await recordAuditEvent(tx, actor, organisation, "organisation.updated", {
      type: "organisation",
      id: organisation.id,
      label: data.name,
    }, { previousName: organisation.name, ...data });
  });
}

/** Deletes the organisation and all it holds; the typed name must match exactly. */
export async function deleteOrganisation(actor: Actor, slug: string, input: unknown) {
  const { confirmation } = parseInput(deleteOrganisationSchema, input);
  return db.$transaction(async (tx) => {
    const { organisation, membership } = await resolveMembership(tx, actor.userId, slug);
    const decision = canDeleteOrganisation(membership.role, organisation);
    if (!decision.allowed) throw new ForbiddenError(decision.reason, "organisation:delete");
    if (confirmation !== organisation.name) {
      throw new ValidationError({ confirmation: "validation.confirmationMismatch" }, "CONFIRMATION_MISMATCH");
    }
    // The event is kept (organisationId becomes null) and names the organisation by slug.
    await recordAuditEvent(tx, actor, organisation, "organisation.deleted", {
      type: "organisation",
      id: organisation.id,
      label: organisation.name,
    });
    await tx.organisation.delete({ where: { id: organisation.id } });
  });
}

/** The actor's organisation and role, for the console's frame (navigation, switcher). */
export function getMembershipContext(userId: string, slug: string) {
  return resolveMembership(db, userId, slug);
}
