import { describe, expect, it } from "vitest";
import {
  PERMISSIONS,
  ROLES,
  assignableRoles,
  can,
  canAssignRole,
  canChangeRole,
  canDeleteOrganisation,
  canInvite,
  canLeave,
  canManageInvitation,
  canRemoveMember,
  isRole,
  landingArea,
  rolesWith,
  type Permission,
  type Role,
} from "@/lib/policy";

// The matrix of shared/docs/product.md, written out by hand: the policy must match
// the specification, not itself. Columns: Admin, Manager, Developer, Accounting.
const Y = true;
const _ = false;
const SPEC: Record<Permission, [admin: boolean, manager: boolean, developer: boolean, accounting: boolean]> = {
  "organisation:view": /*   see the organisation overview          */ [Y, Y, Y, _],
  "organisation:edit": /*   name, billing e-mail, settings          */ [Y, Y, _, _],
  "organisation:delete": /* delete the organisation                 */ [Y, _, _, _],
  "organisation:leave": /*  leave the organisation                  */ [Y, Y, Y, Y],
  "members:view": /*        see members and pending invitations     */ [Y, Y, Y, _],
  "members:manage": /*      invite, change a role, remove a member  */ [Y, Y, _, _],
  "applications:view": /*   see applications                        */ [Y, Y, Y, _],
  "applications:create": /* create an application                   */ [Y, Y, Y, _],
  "applications:operate": /* deploy, environment, logs              */ [Y, Y, Y, _],
  "applications:delete": /* delete an application                   */ [Y, Y, _, _],
  "addons:view": /*         see add-ons                             */ [Y, Y, Y, _],
  "addons:manage": /*       create or delete an add-on              */ [Y, Y, _, _],
  "billing:view": /*        invoices, consumption, PDFs             */ [Y, _, _, Y],
  "billing:manage": /*      payment methods, billing details        */ [Y, _, _, Y],
  "billing:receive-invoices": /* invoice e-mails                    */ [Y, _, _, Y],
  "audit:view": /*          read the activity log                   */ [Y, Y, _, _],
};
const COLUMNS: Role[] = ["ADMIN", "MANAGER", "DEVELOPER", "ACCOUNTING"];

const organisation = (adminCount: number) => ({ personal: false, adminCount });
const personal = { personal: true, adminCount: 1 };
const allowed = { allowed: true };
const refused = (reason: string) => ({ allowed: false, reason });

describe("the permission matrix", () => {
  it("covers exactly the roles and permissions of the specification", () => {
    expect([...ROLES].sort()).toEqual([...COLUMNS].sort());
    expect([...PERMISSIONS].sort()).toEqual(Object.keys(SPEC).sort());
  });

  for (const permission of Object.keys(SPEC) as Permission[]) {
    for (const [column, role] of COLUMNS.entries()) {
      const expected = SPEC[permission][column];
      it(`${role} ${expected ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(expected);
      });
    }
  }

  it("names the roles that hold a permission, strongest first", () => {
    expect(rolesWith("billing:view")).toEqual(["ADMIN", "ACCOUNTING"]);
    expect(rolesWith("members:manage")).toEqual(["ADMIN", "MANAGER"]);
    expect(rolesWith("organisation:delete")).toEqual(["ADMIN"]);
    expect(rolesWith("organisation:leave")).toEqual(["ADMIN", "MANAGER", "DEVELOPER", "ACCOUNTING"]);
  });

  it("recognises roles and nothing else", () => {
    for (const role of ROLES) expect(isRole(role)).toBe(true);
    for (const value of ["admin", "OWNER", "", null, undefined, 1]) expect(isRole(value)).toBe(false);
  });
});

describe("only Admins manage Admins", () => {
  it("a Manager cannot invite someone as Admin, an Admin can", () => {
    expect(canInvite("MANAGER", "ADMIN", organisation(1))).toEqual(refused("ONLY_ADMINS_MANAGE_ADMINS"));
    expect(canInvite("ADMIN", "ADMIN", organisation(1))).toEqual(allowed);
  });

  it("a Manager invites the roles below Admin", () => {
    for (const role of ["MANAGER", "DEVELOPER", "ACCOUNTING"] as const) {
      expect(canInvite("MANAGER", role, organisation(1))).toEqual(allowed);
      expect(canInvite("ADMIN", role, organisation(1))).toEqual(allowed);
    }
  });

  it("a Manager cannot promote anyone to Admin, an Admin can", () => {
    for (const target of ["MANAGER", "DEVELOPER", "ACCOUNTING"] as const) {
      expect(canChangeRole("MANAGER", target, "ADMIN", organisation(1))).toEqual(refused("ONLY_ADMINS_MANAGE_ADMINS"));
      expect(canChangeRole("ADMIN", target, "ADMIN", organisation(1))).toEqual(allowed);
    }
  });

  it("a Manager cannot change an Admin's role, an Admin can (when another Admin remains)", () => {
    for (const newRole of ["MANAGER", "DEVELOPER", "ACCOUNTING"] as const) {
      expect(canChangeRole("MANAGER", "ADMIN", newRole, organisation(2))).toEqual(refused("ONLY_ADMINS_MANAGE_ADMINS"));
      expect(canChangeRole("ADMIN", "ADMIN", newRole, organisation(2))).toEqual(allowed);
    }
  });

  it("a Manager changes roles below Admin", () => {
    expect(canChangeRole("MANAGER", "DEVELOPER", "MANAGER", organisation(1))).toEqual(allowed);
    expect(canChangeRole("MANAGER", "ACCOUNTING", "DEVELOPER", organisation(1))).toEqual(allowed);
    expect(canChangeRole("MANAGER", "MANAGER", "DEVELOPER", organisation(1))).toEqual(allowed);
  });

  it("a Manager cannot remove an Admin, an Admin can (when another Admin remains)", () => {
    expect(canRemoveMember("MANAGER", "ADMIN", organisation(2))).toEqual(refused("ONLY_ADMINS_MANAGE_ADMINS"));
    expect(canRemoveMember("ADMIN", "ADMIN", organisation(2))).toEqual(allowed);
  });

  it("a Manager removes members below Admin", () => {
    for (const target of ["MANAGER", "DEVELOPER", "ACCOUNTING"] as const) {
      expect(canRemoveMember("MANAGER", target, organisation(1))).toEqual(allowed);
      expect(canRemoveMember("ADMIN", target, organisation(1))).toEqual(allowed);
    }
  });

  it("a Manager cannot revoke or resend an Admin's invitation, an Admin can", () => {
    expect(canManageInvitation("MANAGER", "ADMIN")).toEqual(refused("ONLY_ADMINS_MANAGE_ADMINS"));
    expect(canManageInvitation("ADMIN", "ADMIN")).toEqual(allowed);
    expect(canManageInvitation("MANAGER", "DEVELOPER")).toEqual(allowed);
  });
});

describe("an organisation always keeps an Admin", () => {
  it("the last Admin cannot leave; one of two can", () => {
    expect(canLeave("ADMIN", organisation(1))).toEqual(refused("LAST_ADMIN"));
    expect(canLeave("ADMIN", organisation(2))).toEqual(allowed);
  });

  it("the last Admin cannot be removed; one of two can", () => {
    expect(canRemoveMember("ADMIN", "ADMIN", organisation(1))).toEqual(refused("LAST_ADMIN"));
    expect(canRemoveMember("ADMIN", "ADMIN", organisation(2))).toEqual(allowed);
  });

  it("the last Admin cannot be demoted, not even by themself; one of two can", () => {
    for (const newRole of ["MANAGER", "DEVELOPER", "ACCOUNTING"] as const) {
      expect(canChangeRole("ADMIN", "ADMIN", newRole, organisation(1))).toEqual(refused("LAST_ADMIN"));
      expect(canChangeRole("ADMIN", "ADMIN", newRole, organisation(2))).toEqual(allowed);
    }
  });

  it("keeping the last Admin an Admin is no demotion", () => {
    expect(canChangeRole("ADMIN", "ADMIN", "ADMIN", organisation(1))).toEqual(allowed);
  });

  it("members other than Admins leave freely", () => {
    for (const role of ["MANAGER", "DEVELOPER", "ACCOUNTING"] as const) {
      expect(canLeave(role, organisation(1))).toEqual(allowed);
    }
  });
});

describe("the Personal space", () => {
  it("cannot be left", () => {
    expect(canLeave("ADMIN", personal)).toEqual(refused("PERSONAL_SPACE"));
  });

  it("takes no invitation, whatever the role", () => {
    for (const role of ROLES) expect(canInvite("ADMIN", role, personal)).toEqual(refused("PERSONAL_SPACE"));
  });

  it("cannot be deleted (an ordinary organisation can, by an Admin)", () => {
    expect(canDeleteOrganisation("ADMIN", personal)).toEqual(refused("PERSONAL_SPACE"));
    expect(canDeleteOrganisation("ADMIN", { personal: false })).toEqual(allowed);
  });

  it("its owner stays its Admin", () => {
    expect(canChangeRole("ADMIN", "ADMIN", "DEVELOPER", { personal: true, adminCount: 2 })).toEqual(refused("PERSONAL_SPACE"));
    expect(canRemoveMember("ADMIN", "DEVELOPER", personal)).toEqual(refused("PERSONAL_SPACE"));
  });
});

describe("roles without members:manage", () => {
  for (const role of ["DEVELOPER", "ACCOUNTING"] as const) {
    it(`${role} cannot invite, change a role, remove a member or manage an invitation`, () => {
      for (const target of ROLES) {
        expect(canInvite(role, target, organisation(2))).toEqual(refused("MISSING_PERMISSION"));
        expect(canRemoveMember(role, target, organisation(2))).toEqual(refused("MISSING_PERMISSION"));
        expect(canManageInvitation(role, target)).toEqual(refused("MISSING_PERMISSION"));
        for (const newRole of ROLES) {
          expect(canChangeRole(role, target, newRole, organisation(2))).toEqual(refused("MISSING_PERMISSION"));
        }
      }
    });

    it(`${role} cannot delete the organisation`, () => {
      expect(canDeleteOrganisation(role, { personal: false })).toEqual(refused("MISSING_PERMISSION"));
    });
  }

  it("a Manager cannot delete the organisation", () => {
    expect(canDeleteOrganisation("MANAGER", { personal: false })).toEqual(refused("MISSING_PERMISSION"));
  });
});

describe("assignable roles", () => {
  it("an Admin assigns every role, a Manager every role but Admin, the others none", () => {
    expect(assignableRoles("ADMIN")).toEqual(["ADMIN", "MANAGER", "DEVELOPER", "ACCOUNTING"]);
    expect(assignableRoles("MANAGER")).toEqual(["MANAGER", "DEVELOPER", "ACCOUNTING"]);
    expect(assignableRoles("DEVELOPER")).toEqual([]);
    expect(assignableRoles("ACCOUNTING")).toEqual([]);
  });

  it("canAssignRole agrees", () => {
    expect(canAssignRole("ADMIN", "ADMIN")).toBe(true);
    expect(canAssignRole("MANAGER", "ADMIN")).toBe(false);
    expect(canAssignRole("MANAGER", "DEVELOPER")).toBe(true);
    expect(canAssignRole("DEVELOPER", "DEVELOPER")).toBe(false);
  });
});

describe("where an organisation opens", () => {
  it("on its overview, or on billing for Accounting", () => {
    expect(landingArea("ADMIN")).toBe("overview");
    expect(landingArea("MANAGER")).toBe("overview");
    expect(landingArea("DEVELOPER")).toBe("overview");
    expect(landingArea("ACCOUNTING")).toBe("billing");
  });
});
