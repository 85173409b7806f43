import { beforeEach, describe, expect, it } from "vitest";
import { createApplication } from "@/lib/applications/service";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/audit/service";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { changeMemberRole } from "@/lib/members/service";
import { createOrganisation, deleteOrganisation, getOrganisationSettings, listMyOrganisations, updateOrganisation } from "@/lib/organisations/service";
import { actorFor, rejection, resetDemoData, testDb } from "@/tests/helpers/database";

const acme = () => testDb.organisation.findUnique({ where: { slug: "acme" } });

beforeEach(async () => {
  await resetDemoData();
});

describe("the list of my organisations", () => {
  it("gives each organisation's role, and counts only to a role that may see what they count", async () => {
    const accounting = await actorFor("accounting@acme.test");
    const admin = await actorFor("admin@acme.test");
    const asAccounting = await listMyOrganisations(accounting.userId);
    expect(asAccounting.find((organisation) => organisation.slug === "acme")).toMatchObject({
      role: "ACCOUNTING",
      memberCount: null,
      applicationCount: null,
    });
    const asAdmin = await listMyOrganisations(admin.userId);
    expect(asAdmin[0].personal).toBe(true);
    expect(asAdmin.find((organisation) => organisation.slug === "acme")).toMatchObject({ role: "ADMIN", memberCount: 4, applicationCount: 4 });
  });
});

describe("creating an organisation", () => {
  it("makes the creator its Admin, under a slug of its name", async () => {
    const dev = await actorFor("dev@acme.test");
    const { slug } = await createOrganisation(dev, { name: "Studio Lefèvre" });
    expect(slug).toBe("studio-lefevre");
    expect(await testDb.membership.findFirst({ where: { organisation: { slug }, userId: dev.userId } })).toMatchObject({ role: "ADMIN" });
  });

  it("creates one organisation for a submission sent several times at once, and answers each with it", async () => {
    const dev = await actorFor("dev@acme.test");
    const creationKey = "6f1c2b8e-3d4a-4b5c-9d6e-7f8a9b0c1d2e";
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => createOrganisation(dev, { name: "Race Org", creationKey })));
    expect(results.map((result) => result.status)).toEqual(Array(5).fill("fulfilled"));
    const slugs = new Set(results.map((result) => (result as PromiseFulfilledResult<{ slug: string }>).value.slug));
    expect(slugs).toEqual(new Set(["race-org"]));
    expect(await testDb.organisation.count({ where: { name: "Race Org" } })).toBe(1);
    expect(await testDb.auditEvent.count({ where: { action: "organisation.created", targetLabel: "Race Org" } })).toBe(1);
  });

  it("never hands another user's organisation to someone replaying its key", async () => {
    const dev = await actorFor("dev@acme.test");
    const outsider = await actorFor("outsider@example.test");
    const creationKey = "0b7e5a3c-1f2d-4e6a-8b9c-0d1e2f3a4b5c";
    await createOrganisation(dev, { name: "Dev Studio", creationKey });
    await expect(createOrganisation(outsider, { name: "Dev Studio", creationKey })).rejects.toMatchObject({ code: "SLUG_TAKEN" });
    expect(await testDb.membership.count({ where: { userId: outsider.userId, organisation: { creationKey } } })).toBe(0);
  });
});

describe("organisation settings", () => {
  it("lists what a deletion would take away", async () => {
    const admin = await actorFor("admin@acme.test");
    const settings = await getOrganisationSettings(admin.userId, "acme");
    expect(settings.counts).toEqual({ memberships: 4, applications: 4, addOns: 3, invoices: 13, invitations: 1 });
    expect(settings.deletion).toEqual({ allowed: true });
    expect(settings.billingEmail).toBe("billing@acme.test");
  });

  it("refuses the settings to a Developer and to Accounting", async () => {
    for (const email of ["dev@acme.test", "accounting@acme.test"]) {
      const actor = await actorFor(email);
      expect(await rejection(getOrganisationSettings(actor.userId, "acme"))).toBeInstanceOf(ForbiddenError);
    }
  });

  it("lets a Manager rename the organisation and change its billing e-mail, with an audit event", async () => {
    const manager = await actorFor("manager@acme.test");
    await updateOrganisation(manager, "acme", { name: "  Acme Studio ", billingEmail: "Invoices@Acme.test" });
    expect(await acme()).toMatchObject({ name: "Acme Studio", billingEmail: "invoices@acme.test", slug: "acme" });
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { action: "organisation.updated" } });
    expect(event).toMatchObject({ actorEmail: "manager@acme.test", targetLabel: "Acme Studio" });
    expect(event.metadata).toMatchObject({ previousName: "Acme Web Agency", name: "Acme Studio" });
  });

  it("refuses a bad billing e-mail and keeps the organisation as it was", async () => {
    const manager = await actorFor("manager@acme.test");
    const error = await rejection(updateOrganisation(manager, "acme", { name: "Acme Studio", billingEmail: "not-an-address" }));
    expect((error as ValidationError).fieldErrors).toEqual({ billingEmail: "validation.email" });
    expect(await acme()).toMatchObject({ name: "Acme Web Agency", billingEmail: "billing@acme.test" });
  });

  it("refuses a rename by a Developer", async () => {
    const dev = await actorFor("dev@acme.test");
    expect(await rejection(updateOrganisation(dev, "acme", { name: "Hijacked", billingEmail: "" }))).toBeInstanceOf(ForbiddenError);
    expect((await acme())?.name).toBe("Acme Web Agency");
  });
});

describe("deleting an organisation", () => {
  it("refuses a Manager, even with the right confirmation", async () => {
    const manager = await actorFor("manager@acme.test");
    const error = await rejection(deleteOrganisation(manager, "acme", { confirmation: "Acme Web Agency" }));
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(await acme()).not.toBeNull();
    expect(await testDb.auditEvent.count({ where: { action: "organisation.deleted" } })).toBe(0);
  });

  it("refuses a wrong confirmation and deletes nothing", async () => {
    const admin = await actorFor("admin@acme.test");
    const error = await rejection(deleteOrganisation(admin, "acme", { confirmation: "acme" }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ confirmation: "validation.confirmationMismatch" });
    expect(await acme()).not.toBeNull();
    expect(await testDb.application.count({ where: { organisation: { slug: "acme" } } })).toBe(4);
  });

  it("lets an Admin delete it with its applications, keeping the audit event", async () => {
    const admin = await actorFor("admin@acme.test");
    const organisation = await testDb.organisation.findUniqueOrThrow({ where: { slug: "acme" } });
    await deleteOrganisation(admin, "acme", { confirmation: "Acme Web Agency" });
    expect(await acme()).toBeNull();
    expect(await testDb.application.count({ where: { organisationId: organisation.id } })).toBe(0);
    expect(await testDb.membership.count({ where: { organisationId: organisation.id } })).toBe(0);
    expect(await testDb.invoice.count({ where: { organisationId: organisation.id } })).toBe(0);
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { action: "organisation.deleted" } });
    expect(event).toMatchObject({
      organisationId: null,
      organisationSlug: "acme",
      actorEmail: "admin@acme.test",
      targetId: organisation.id,
      targetLabel: "Acme Web Agency",
    });
    // The members keep their accounts and their other organisations.
    const manager = await actorFor("manager@acme.test");
    expect(await testDb.membership.count({ where: { userId: manager.userId } })).toBe(1);
  });

  it("never deletes a Personal space", async () => {
    const outsider = await actorFor("outsider@example.test");
    const personal = await testDb.organisation.findUniqueOrThrow({ where: { slug: "personal-outsider" } });
    const error = await rejection(deleteOrganisation(outsider, "personal-outsider", { confirmation: personal.name }));
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).code).toBe("PERSONAL_SPACE");
    expect(await testDb.organisation.count({ where: { id: personal.id } })).toBe(1);
  });

  it("answers NotFound to a non-member", async () => {
    const outsider = await actorFor("outsider@example.test");
    expect(await rejection(deleteOrganisation(outsider, "acme", { confirmation: "Acme Web Agency" }))).toBeInstanceOf(NotFoundError);
    expect(await acme()).not.toBeNull();
  });
});

describe("the activity log", () => {
  it("is readable by a Manager, newest first, with the events of the services", async () => {
    const admin = await actorFor("admin@acme.test");
    const manager = await actorFor("manager@acme.test");
    const dev = await testDb.membership.findFirstOrThrow({ where: { organisation: { slug: "acme" }, user: { email: "dev@acme.test" } } });
    await changeMemberRole(admin, "acme", { membershipId: dev.id, role: "MANAGER" });
    const log = await listAuditEvents(manager.userId, "acme");
    expect(log.total).toBe(3);
    expect(log.events[0]).toMatchObject({
      action: "member.role-changed",
      actorEmail: "admin@acme.test",
      targetLabel: "dev@acme.test",
      ipAddress: "127.0.0.1",
      metadata: { from: "DEVELOPER", to: "MANAGER" },
    });
    expect(log.events.map((event) => event.action)).toEqual(["member.role-changed", "invitation.created", "organisation.created"]);
  });

  it("is refused to a Developer and to Accounting, and not found for an outsider", async () => {
    expect(await rejection(listAuditEvents((await actorFor("dev@acme.test")).userId, "acme"))).toBeInstanceOf(ForbiddenError);
    expect(await rejection(listAuditEvents((await actorFor("accounting@acme.test")).userId, "acme"))).toBeInstanceOf(ForbiddenError);
    expect(await rejection(listAuditEvents((await actorFor("outsider@example.test")).userId, "acme"))).toBeInstanceOf(NotFoundError);
  });

  it("pages by 50, and treats a bad or too large page number sanely", async () => {
    const admin = await actorFor("admin@acme.test");
    for (let index = 0; index < AUDIT_PAGE_SIZE; index++) {
      await createApplication(admin, "acme", { name: `app-${String(index).padStart(2, "0")}`, runtime: "NODE" });
    }
    const first = await listAuditEvents(admin.userId, "acme", { page: "1" });
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: AUDIT_PAGE_SIZE + 2 });
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    const second = await listAuditEvents(admin.userId, "acme", { page: "2" });
    expect(second.events.map((event) => event.action)).toEqual(["invitation.created", "organisation.created"]);
    expect(new Set([...first.events, ...second.events].map((event) => event.id)).size).toBe(AUDIT_PAGE_SIZE + 2);
    expect((await listAuditEvents(admin.userId, "acme", { page: "99" })).page).toBe(2);
    expect((await listAuditEvents(admin.userId, "acme", { page: "-3" })).page).toBe(1);
    expect((await listAuditEvents(admin.userId, "acme", { page: "abc" })).page).toBe(1);
  });
});
