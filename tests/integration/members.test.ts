import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { changeMemberRole, leaveOrganisation, listMembers, removeMember } from "@/lib/members/service";
import { actorFor, resetDemoData, testDb } from "@/tests/helpers/database";

async function membershipOf(email: string, slug = "acme") {
  return testDb.membership.findFirstOrThrow({ where: { user: { email }, organisation: { slug } } });
}

async function snapshot(slug = "acme") {
  return testDb.membership.findMany({ where: { organisation: { slug } }, orderBy: { id: "asc" }, select: { id: true, role: true } });
}

beforeEach(resetDemoData);

describe("listMembers", () => {
  it("lists the current user first, then the others by name, with their roles", async () => {
    const manager = await actorFor("manager@acme.test");
    const data = await listMembers(manager.userId, "acme");
    expect(data.members[0].user.email).toBe("manager@acme.test");
    expect(data.members.map((m) => m.user.email).slice(1)).toEqual(["admin@acme.test", "accounting@acme.test", "dev@acme.test"]);
    expect(data.assignableRoles).not.toContain("ADMIN");
    expect(data.invitations.map((i) => i.email)).toEqual(["freelancer@example.test"]);
  });

  it("is refused to Accounting (403) and hidden from non-members (404)", async () => {
    const accounting = await actorFor("accounting@acme.test");
    await expect(listMembers(accounting.userId, "acme")).rejects.toBeInstanceOf(ForbiddenError);
    const outsider = await actorFor("outsider@example.test");
    await expect(listMembers(outsider.userId, "acme")).rejects.toBeInstanceOf(NotFoundError);
    await expect(listMembers(outsider.userId, "no-such-organisation")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("changeMemberRole", () => {
  it("lets an Admin promote a Developer to Admin", async () => {
    const admin = await actorFor("admin@acme.test");
    const dev = await membershipOf("dev@acme.test");
    await changeMemberRole(admin, "acme", { membershipId: dev.id, role: "ADMIN" });
    expect((await membershipOf("dev@acme.test")).role).toBe("ADMIN");
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { action: "member.role-changed" } });
    expect(event).toMatchObject({ actorEmail: "admin@acme.test", targetLabel: "dev@acme.test", ipAddress: "127.0.0.1" });
  });

  it("refuses a Manager promoting anyone to Admin or touching an Admin, and changes nothing", async () => {
    const manager = await actorFor("manager@acme.test");
    const before = await snapshot();
    const dev = await membershipOf("dev@acme.test");
    const admin = await membershipOf("admin@acme.test");
    const self = await membershipOf("manager@acme.test");
    for (const attempt of [
      { membershipId: dev.id, role: "ADMIN" },
      { membershipId: self.id, role: "ADMIN" },
      { membershipId: admin.id, role: "DEVELOPER" },
    ]) {
      await expect(changeMemberRole(manager, "acme", attempt)).rejects.toMatchObject({ code: "ONLY_ADMINS_MANAGE_ADMINS" });
    }
    expect(await snapshot()).toEqual(before);
    expect(await testDb.auditEvent.count({ where: { action: "member.role-changed" } })).toBe(0);
  });

  it("lets a Manager change a Developer to Accounting", async () => {
    const manager = await actorFor("manager@acme.test");
    const dev = await membershipOf("dev@acme.test");
    await changeMemberRole(manager, "acme", { membershipId: dev.id, role: "ACCOUNTING" });
    expect((await membershipOf("dev@acme.test")).role).toBe("ACCOUNTING");
  });

  it("refuses Developers and Accounting, and the last Admin's own demotion", async () => {
    const dev = await actorFor("dev@acme.test");
    const accounting = await actorFor("accounting@acme.test");
    const admin = await actorFor("admin@acme.test");
    const devMembership = await membershipOf("dev@acme.test");
    const adminMembership = await membershipOf("admin@acme.test");
    await expect(changeMemberRole(dev, "acme", { membershipId: devMembership.id, role: "MANAGER" })).rejects.toMatchObject({ code: "MISSING_PERMISSION" });
    await expect(changeMemberRole(accounting, "acme", { membershipId: devMembership.id, role: "MANAGER" })).rejects.toMatchObject({ code: "MISSING_PERMISSION" });
    await expect(changeMemberRole(admin, "acme", { membershipId: adminMembership.id, role: "MANAGER" })).rejects.toMatchObject({ code: "LAST_ADMIN" });
    expect((await membershipOf("admin@acme.test")).role).toBe("ADMIN");
  });

  it("answers NotFound for a membership of another organisation", async () => {
    const admin = await actorFor("admin@acme.test");
    const outsiderMembership = await membershipOf("outsider@example.test", "outsider-studio");
    await expect(changeMemberRole(admin, "acme", { membershipId: outsiderMembership.id, role: "DEVELOPER" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await membershipOf("outsider@example.test", "outsider-studio")).role).toBe("ADMIN");
  });

  it("rejects a role that does not exist with a field error", async () => {
    const admin = await actorFor("admin@acme.test");
    const dev = await membershipOf("dev@acme.test");
    await expect(changeMemberRole(admin, "acme", { membershipId: dev.id, role: "OWNER" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { role: "validation.role" },
    });
  });
});

describe("removeMember and leaveOrganisation", () => {
  it("lets a Manager remove a Developer, whose next request is refused", async () => {
    const manager = await actorFor("manager@acme.test");
    const dev = await membershipOf("dev@acme.test");
    await removeMember(manager, "acme", { membershipId: dev.id });
    const devActor = await actorFor("dev@acme.test");
    await expect(listMembers(devActor.userId, "acme")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a Manager removing an Admin", async () => {
    const manager = await actorFor("manager@acme.test");
    const admin = await membershipOf("admin@acme.test");
    await expect(removeMember(manager, "acme", { membershipId: admin.id })).rejects.toMatchObject({ code: "ONLY_ADMINS_MANAGE_ADMINS" });
    expect(await testDb.membership.count({ where: { id: admin.id } })).toBe(1);
  });

  it("keeps the last Admin: they can neither leave nor be removed", async () => {
    const admin = await actorFor("admin@acme.test");
    const adminMembership = await membershipOf("admin@acme.test");
    await expect(leaveOrganisation(admin, "acme")).rejects.toMatchObject({ code: "LAST_ADMIN" });
    await expect(removeMember(admin, "acme", { membershipId: adminMembership.id })).rejects.toMatchObject({ code: "LAST_ADMIN" });
    expect(await testDb.membership.count({ where: { id: adminMembership.id } })).toBe(1);
  });

  it("refuses leaving a Personal space", async () => {
    const outsider = await actorFor("outsider@example.test");
    await expect(leaveOrganisation(outsider, "personal-outsider")).rejects.toMatchObject({ code: "PERSONAL_SPACE" });
  });

  it("treats removing one's own membership as leaving: allowed to Accounting, refused to another member's id", async () => {
    const accounting = await actorFor("accounting@acme.test");
    const dev = await membershipOf("dev@acme.test");
    await expect(removeMember(accounting, "acme", { membershipId: dev.id })).rejects.toMatchObject({ code: "MISSING_PERMISSION" });
    // Its own membership of another organisation is not "its own" in this one.
    const ownInBakery = await membershipOf("accounting@acme.test", "bakery");
    await expect(removeMember(accounting, "acme", { membershipId: ownInBakery.id })).rejects.toMatchObject({ code: "MISSING_PERMISSION" });
    expect(await snapshot()).toHaveLength(4);
    await removeMember(accounting, "acme", { membershipId: (await membershipOf("accounting@acme.test")).id });
    expect(await testDb.membership.count({ where: { userId: accounting.userId, organisation: { slug: "acme" } } })).toBe(0);
    expect(await testDb.membership.count({ where: { id: ownInBakery.id } })).toBe(1);
    expect(await testDb.auditEvent.count({ where: { action: "member.left", actorId: accounting.userId } })).toBe(1);
  });

  it("lets a Developer leave", async () => {
    const dev = await actorFor("dev@acme.test");
    await leaveOrganisation(dev, "acme");
    expect(await testDb.membership.count({ where: { userId: dev.userId, organisation: { slug: "acme" } } })).toBe(0);
    expect(await testDb.auditEvent.count({ where: { action: "member.left", actorId: dev.userId } })).toBe(1);
  });

  it("keeps one Admin when two Admins demote each other at the same time", async () => {
    const admin = await actorFor("admin@acme.test");
    const manager = await actorFor("manager@acme.test");
    const managerMembership = await membershipOf("manager@acme.test");
    const adminMembership = await membershipOf("admin@acme.test");
    await changeMemberRole(admin, "acme", { membershipId: managerMembership.id, role: "ADMIN" });
    const results = await Promise.allSettled([
      changeMemberRole(admin, "acme", { membershipId: managerMembership.id, role: "DEVELOPER" }),
      changeMemberRole(manager, "acme", { membershipId: adminMembership.id, role: "DEVELOPER" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await testDb.membership.count({ where: { organisation: { slug: "acme" }, role: "ADMIN" } })).toBe(1);
  });

  it("keeps one Admin when every Admin leaves or steps down at the same time", async () => {
    const emails = ["admin@acme.test", "manager@acme.test", "dev@acme.test", "accounting@acme.test"];
    const actors = await Promise.all(emails.map((email) => actorFor(email)));
    const memberships = await Promise.all(emails.map((email) => membershipOf(email)));
    for (let round = 0; round < 5; round++) {
      await testDb.membership.updateMany({ where: { id: { in: memberships.map((m) => m.id) } }, data: { role: "ADMIN" } });
      await Promise.allSettled(
        actors.map((actor, index) =>
          index % 2 === 0
            ? leaveOrganisation(actor, "acme")
            : changeMemberRole(actor, "acme", { membershipId: memberships[index].id, role: "DEVELOPER" }),
        ),
      );
      expect(await testDb.membership.count({ where: { organisation: { slug: "acme" }, role: "ADMIN" } })).toBe(1);
      await resetDemoData();
    }
  });

  it("waits for a concurrent membership change of the organisation before counting its Admins", async () => {
    // Requests rarely overlap by chance in a test, so hold the organisation's lock here and
    // check that a leave request waits for it rather than reading a count that is about to change.
    // (NO KEY UPDATE: conflicts with the service's lock, not with the foreign keys of its writes.)
    const dev = await actorFor("dev@acme.test");
    const acme = await testDb.organisation.findUniqueOrThrow({ where: { slug: "acme" } });
    let leaveSettled = false;
    let leaving: Promise<void> | undefined;
    await testDb.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${acme.id} FOR NO KEY UPDATE`;
      leaving = leaveOrganisation(dev, "acme").finally(() => {
        leaveSettled = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(leaveSettled).toBe(false);
    });
    await leaving;
    expect(await testDb.membership.count({ where: { userId: dev.userId, organisation: { slug: "acme" } } })).toBe(0);
  });
});
