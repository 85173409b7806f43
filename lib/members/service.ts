import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAuditEvent } from "@/lib/audit/service";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-types";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { changeRoleSchema, removeMemberSchema } from "@/lib/members/schema";
import { authorize, authorizeLocked, countAdmins, resolveMembership } from "@/lib/organisations/access";
import {
  assignableRoles,
  can,
  canChangeRole,
  canLeave,
  canManageInvitation,
  canRemoveMember,
  ROLES,
  type Decision,
} from "@/lib/policy";
import { parseInput } from "@/lib/validation";

function assertAllowed(decision: Decision): void {
  if (!decision.allowed) throw new ForbiddenError(decision.reason, "members:manage");
}

/**
 * The members page: the current user first, then the others by name, with what the
 * actor may do to each (computed by the policy, so the page only shows it).
 */
export async function listMembers(userId: string, slug: string) {
  const { organisation, membership } = await authorize(db, userId, slug, "members:view");
  const [memberships, invitations] = await Promise.all([
    db.membership.findMany({
      where: { organisationId: organisation.id },
      select: {
        id: true,
        role: true,
        jobTitle: true,
        createdAt: true,
        user: { select: { id: true, name: true, email: true, image: true, twoFactorEnabled: true } },
      },
    }),
    db.invitation.findMany({
      where: { organisationId: organisation.id, status: "PENDING" },
      select: { id: true, email: true, role: true, jobTitle: true, expiresAt: true, createdAt: true, invitedBy: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  const facts = { personal: organisation.personal, adminCount: memberships.filter((m) => m.role === "ADMIN").length };
  const actorRole = membership.role;
  const now = new Date();
  const members = memberships
    .map((member) => {
      const self = member.user.id === userId;
      return {
        ...member,
        self,
        // The roles the actor may give this member; only the current one means "not editable".
        roleChoices: ROLES.filter((role) => role === member.role || canChangeRole(actorRole, member.role, role, facts).allowed),
        demotion: canChangeRole(actorRole, member.role, member.role === "ADMIN" ? "MANAGER" : member.role, facts),
        removal: canRemoveMember(actorRole, member.role, facts),
      };
    })
    .sort((a, b) => Number(b.self) - Number(a.self) || a.user.name.localeCompare(b.user.name));
  return {
    organisation,
    role: actorRole,
    canManage: can(actorRole, "members:manage") && !organisation.personal,
    assignableRoles: assignableRoles(actorRole),
    adminCount: facts.adminCount,
    leave: canLeave(actorRole, facts),
    members,
    invitations: invitations.map((invitation) => ({
      ...invitation,
      expired: invitation.expiresAt <= now,
      manageable: canManageInvitation(actorRole, invitation.role).allowed,
    })),
  };
}

/** The target membership and the Admin count; the caller holds the organisation lock. */
async function loadTarget(tx: Tx, organisationId: string, membershipId: string) {
  const target = await tx.membership.findFirst({
    where: { id: membershipId, organisationId },
    select: { id: true, role: true, userId: true, user: { select: { email: true } } },
  });
  if (!target) throw new NotFoundError();
  return { target, adminCount: await countAdmins(tx, organisationId) };
}

export async function changeMemberRole(actor: Actor, slug: string, input: unknown) {
  const { membershipId, role } = parseInput(changeRoleSchema, input);
  await db.$transaction(async (tx) => {
    const { organisation, membership } = await authorizeLocked(tx, actor.userId, slug, "members:manage");
    const { target, adminCount } = await loadTarget(tx, organisation.id, membershipId);
    assertAllowed(canChangeRole(membership.role, target.role, role, { personal: organisation.personal, adminCount }));
    if (target.role === role) return;
    await tx.membership.update({ where: { id: target.id }, data: { role } });
    await recordAuditEvent(tx, actor, organisation, "member.role-changed", {
      type: "member",
      id: target.userId,
      label: target.user.email,
    }, { from: target.role, to: role, by: membership.role });
  });
}

/**
 * Removes a member. Removing oneself is leaving, whatever one's role (an Accounting member
 * may leave though they may not manage members): it follows the leave rules instead.
 */
export async function removeMember(actor: Actor, slug: string, input: unknown) {
  const { membershipId } = parseInput(removeMemberSchema, input);
  const own = await db.membership.count({ where: { id: membershipId, userId: actor.userId, organisation: { slug } } });
  if (own) return leaveOrganisation(actor, slug);
  await db.$transaction(async (tx) => {
    const { organisation, membership } = await authorizeLocked(tx, actor.userId, slug, "members:manage");
    const { target, adminCount } = await loadTarget(tx, organisation.id, membershipId);
    assertAllowed(canRemoveMember(membership.role, target.role, { personal: organisation.personal, adminCount }));
    await tx.membership.delete({ where: { id: target.id } });
    await recordAuditEvent(tx, actor, organisation, "member.removed", {
      type: "member",
      id: target.userId,
      label: target.user.email,
    }, { role: target.role });
  });
}

/** Whether the user may leave `slug` now, and why not: said before they try. */
export async function getLeaveDecision(userId: string, slug: string): Promise<Decision> {
  const { organisation, membership } = await resolveMembership(db, userId, slug);
  return canLeave(membership.role, { personal: organisation.personal, adminCount: await countAdmins(db, organisation.id) });
}

export async function leaveOrganisation(actor: Actor, slug: string) {
  await db.$transaction(async (tx) => {
    const { organisation, membership } = await authorizeLocked(tx, actor.userId, slug, "organisation:leave");
    const decision = canLeave(membership.role, { personal: organisation.personal, adminCount: await countAdmins(tx, organisation.id) });
    if (!decision.allowed) throw new ForbiddenError(decision.reason, "organisation:leave");
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAuditEvent(tx, actor, organisation, "member.left", {
      type: "member",
      id: actor.userId,
      label: actor.email,
    }, { role: membership.role });
  });
}
