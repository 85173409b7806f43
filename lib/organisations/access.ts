import "server-only";
import type { Tx } from "@/lib/db-types";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { can, type Permission, type Role } from "@/lib/policy";

// How every service finds out who the actor is in an organisation: from the
// database, at the moment of the request, never from the session token.

export type OrganisationContext = {
  organisation: { id: string; slug: string; name: string; personal: boolean };
  membership: { id: string; role: Role };
};

/** The actor's membership of `slug`; NotFound when the organisation does not exist or they are not in it. */
export async function resolveMembership(client: Tx, userId: string, slug: string): Promise<OrganisationContext> {
  const membership = await client.membership.findFirst({
    where: { userId, organisation: { slug } },
    select: {
      id: true,
      role: true,
      organisation: { select: { id: true, slug: true, name: true, personalOwnerId: true } },
    },
  });
  if (!membership) throw new NotFoundError();
  const { organisation } = membership;
  return {
    organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name, personal: organisation.personalOwnerId !== null },
    membership: { id: membership.id, role: membership.role },
  };
}

/** The membership, provided its role holds `permission`; Forbidden otherwise. */
export async function authorize(client: Tx, userId: string, slug: string, permission: Permission) {
  const context = await resolveMembership(client, userId, slug);
  if (!can(context.membership.role, permission)) throw new ForbiddenError("MISSING_PERMISSION", permission);
  return context;
}

/**
 * Serialises membership changes of one organisation: taken first in every transaction
 * that may lower the number of Admins, so two concurrent requests cannot both see
 * "two Admins" and each remove one.
 */
export async function lockOrganisation(tx: Tx, organisationId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId} FOR UPDATE`;
}

export function countAdmins(tx: Tx, organisationId: string): Promise<number> {
  return tx.membership.count({ where: { organisationId, role: "ADMIN" } });
}

/**
 * `authorize`, inside a transaction that first takes the organisation lock, so the
 * actor's role and every count read afterwards are the current ones.
 */
export async function authorizeLocked(tx: Tx, userId: string, slug: string, permission: Permission) {
  const { organisation } = await resolveMembership(tx, userId, slug);
  await lockOrganisation(tx, organisation.id);
  return authorize(tx, userId, slug, permission);
}
