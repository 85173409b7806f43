// THE role/permission matrix of Atelier and the rules of the role hierarchy.
// Pure: no I/O. Services ask it before every read and write; the client imports
// it only to hide what the user cannot do. shared/docs/product.md is its spec.

export const ROLES = ["ADMIN", "MANAGER", "DEVELOPER", "ACCOUNTING"] as const;
export type Role = (typeof ROLES)[number];

/** Every action, declared as `resource: actions[]`; a permission is "resource:action". */
export const STATEMENTS = {
  organisation: ["view", "edit", "delete", "leave"],
  members: ["view", "manage"],
  applications: ["view", "create", "operate", "delete"],
  addons: ["view", "manage"],
  billing: ["view", "manage", "receive-invoices"],
  audit: ["view"],
} as const;

type Statements = typeof STATEMENTS;
export type Permission = {
  [Resource in keyof Statements]: `${Resource}:${Statements[Resource][number]}`;
}[keyof Statements];

export const PERMISSIONS = Object.entries(STATEMENTS).flatMap(([resource, actions]) =>
  actions.map((action) => `${resource}:${action}` as Permission),
);

const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  ADMIN: new Set(PERMISSIONS),
  MANAGER: new Set<Permission>([
    "organisation:view", "organisation:edit", "organisation:leave",
    "members:view", "members:manage",
    "applications:view", "applications:create", "applications:operate", "applications:delete",
    "addons:view", "addons:manage",
    "audit:view",
  ]),
  DEVELOPER: new Set<Permission>([
    "organisation:view", "organisation:leave",
    "members:view",
    "applications:view", "applications:create", "applications:operate",
    "addons:view",
  ]),
  ACCOUNTING: new Set<Permission>([
    "organisation:leave",
    "billing:view", "billing:manage", "billing:receive-invoices",
  ]),
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

/** The roles that hold a permission, strongest first: what a 403 page names. */
export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => can(role, permission));
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Why a membership change is refused; each has a message in the catalogue (errors.*). */
export type Refusal =
  | "MISSING_PERMISSION"
  | "ONLY_ADMINS_MANAGE_ADMINS"
  | "LAST_ADMIN"
  | "PERSONAL_SPACE";

export type Decision = { allowed: true } | { allowed: false; reason: Refusal };

const ALLOW: Decision = { allowed: true };
const refuse = (reason: Refusal): Decision => ({ allowed: false, reason });

/** The roles an actor may give, by invitation or by a role change. */
export function assignableRoles(actorRole: Role): Role[] {
  if (!can(actorRole, "members:manage")) return [];
  return actorRole === "ADMIN" ? [...ROLES] : ROLES.filter((role) => role !== "ADMIN");
}

export function canAssignRole(actorRole: Role, role: Role): boolean {
  return assignableRoles(actorRole).includes(role);
}

export type OrganisationFacts = {
  /** A Personal space has one member, its owner, and nobody can be invited to it. */
  personal: boolean;
  /** Admins of the organisation, read from the database inside the same transaction. */
  adminCount: number;
};

export function canInvite(actorRole: Role, role: Role, organisation: OrganisationFacts): Decision {
  if (organisation.personal) return refuse("PERSONAL_SPACE");
  if (!can(actorRole, "members:manage")) return refuse("MISSING_PERMISSION");
  if (!canAssignRole(actorRole, role)) return refuse("ONLY_ADMINS_MANAGE_ADMINS");
  return ALLOW;
}

/** Changing the role of `targetRole`'s holder (possibly the actor themself) to `newRole`. */
export function canChangeRole(
  actorRole: Role,
  targetRole: Role,
  newRole: Role,
  organisation: OrganisationFacts,
): Decision {
  if (!can(actorRole, "members:manage")) return refuse("MISSING_PERMISSION");
  if (targetRole === "ADMIN" || newRole === "ADMIN") {
    if (actorRole !== "ADMIN") return refuse("ONLY_ADMINS_MANAGE_ADMINS");
  }
  if (targetRole === "ADMIN" && newRole !== "ADMIN" && organisation.adminCount <= 1) return refuse("LAST_ADMIN");
  if (organisation.personal && newRole !== "ADMIN") return refuse("PERSONAL_SPACE");
  return ALLOW;
}

export function canRemoveMember(actorRole: Role, targetRole: Role, organisation: OrganisationFacts): Decision {
  if (!can(actorRole, "members:manage")) return refuse("MISSING_PERMISSION");
  if (targetRole === "ADMIN" && actorRole !== "ADMIN") return refuse("ONLY_ADMINS_MANAGE_ADMINS");
  if (targetRole === "ADMIN" && organisation.adminCount <= 1) return refuse("LAST_ADMIN");
  if (organisation.personal) return refuse("PERSONAL_SPACE");
  return ALLOW;
}

export function canLeave(role: Role, organisation: OrganisationFacts): Decision {
  if (organisation.personal) return refuse("PERSONAL_SPACE");
  if (role === "ADMIN" && organisation.adminCount <= 1) return refuse("LAST_ADMIN");
  return ALLOW;
}

/** Revoking or resending an invitation is managing a member-to-be of that role. */
export function canManageInvitation(actorRole: Role, invitedRole: Role): Decision {
  if (!can(actorRole, "members:manage")) return refuse("MISSING_PERMISSION");
  if (!canAssignRole(actorRole, invitedRole)) return refuse("ONLY_ADMINS_MANAGE_ADMINS");
  return ALLOW;
}

export function canDeleteOrganisation(actorRole: Role, organisation: Pick<OrganisationFacts, "personal">): Decision {
  if (!can(actorRole, "organisation:delete")) return refuse("MISSING_PERMISSION");
  if (organisation.personal) return refuse("PERSONAL_SPACE");
  return ALLOW;
}

/** The page an organisation opens on: its overview, or billing for whom billing is all. */
export function landingArea(role: Role): "overview" | "billing" {
  return can(role, "organisation:view") ? "overview" : "billing";
}
