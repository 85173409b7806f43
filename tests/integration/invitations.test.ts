import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import {
  acceptInvitation,
  declineInvitation,
  getInvitationByToken,
  inviteMember,
  resendInvitation,
  revokeInvitation,
  signUpFromInvitation,
} from "@/lib/invitations/service";
import { hashInvitationToken } from "@/lib/invitations/token";
import { actorFor, resetDemoData, testDb } from "@/tests/helpers/database";

const outbox = mkdtempSync(path.join(tmpdir(), "atelier-outbox-"));
process.env.ATELIER_OUTBOX_DIR = outbox;
const emailContext = { locale: "en" as const, baseUrl: "http://atelier.test" };

/** The token of the newest invitation e-mailed to `email`, read from the outbox. */
function lastTokenSentTo(email: string): string {
  const messages = readdirSync(outbox)
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(outbox, file), "utf8")) as { to: { address: string }[] | string; text: string });
  const message = messages.reverse().find((m) => JSON.stringify(m.to).includes(email));
  if (!message) throw new Error(`no message to ${email}`);
  return message.text.match(/\/invitations\/([\w-]+)/)![1];
}

beforeEach(resetDemoData);

describe("inviteMember", () => {
  it("stores only the token's hash, e-mails a 7-day link, and records the event", async () => {
    const admin = await actorFor("admin@acme.test");
    await inviteMember(admin, "acme", { email: "  New.Person@Example.TEST ", role: "ACCOUNTING" }, emailContext);
    const token = lastTokenSentTo("new.person@example.test");
    const invitation = await testDb.invitation.findFirstOrThrow({ where: { email: "new.person@example.test" } });
    expect(invitation.tokenHash).toBe(hashInvitationToken(token));
    expect(invitation.tokenHash).not.toContain(token);
    const days = (invitation.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    expect(await testDb.auditEvent.count({ where: { action: "invitation.created", targetLabel: "new.person@example.test" } })).toBe(1);
  });

  it("says when the address is already a member or already invited, and writes nothing", async () => {
    const admin = await actorFor("admin@acme.test");
    const before = await testDb.invitation.count();
    await expect(inviteMember(admin, "acme", { email: "DEV@acme.test", role: "DEVELOPER" }, emailContext)).rejects.toMatchObject({ code: "ALREADY_MEMBER" });
    await expect(inviteMember(admin, "acme", { email: "freelancer@example.test", role: "DEVELOPER" }, emailContext)).rejects.toMatchObject({ code: "ALREADY_INVITED" });
    await expect(inviteMember(admin, "acme", { email: "not-an-email", role: "DEVELOPER" }, emailContext)).rejects.toMatchObject({ fieldErrors: { email: "validation.email" } });
    expect(await testDb.invitation.count()).toBe(before);
  });

  it("refuses a Manager inviting an Admin, a Developer inviting anyone, and invitations to a Personal space", async () => {
    const manager = await actorFor("manager@acme.test");
    const dev = await actorFor("dev@acme.test");
    const outsider = await actorFor("outsider@example.test");
    const before = await testDb.invitation.count();
    await expect(inviteMember(manager, "acme", { email: "boss@example.test", role: "ADMIN" }, emailContext)).rejects.toMatchObject({ code: "ONLY_ADMINS_MANAGE_ADMINS" });
    await expect(inviteMember(dev, "acme", { email: "friend@example.test", role: "DEVELOPER" }, emailContext)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(inviteMember(outsider, "personal-outsider", { email: "friend@example.test", role: "DEVELOPER" }, emailContext)).rejects.toMatchObject({ code: "PERSONAL_SPACE" });
    expect(await testDb.invitation.count()).toBe(before);
  });
});

describe("answering an invitation", () => {
  it("lets a new person sign up from the link with the invited address and join with that role", async () => {
    const admin = await actorFor("admin@acme.test");
    await inviteMember(admin, "acme", { email: "nina@example.test", role: "ACCOUNTING", jobTitle: "Accountant" }, emailContext);
    const token = lastTokenSentTo("nina@example.test");
    expect((await getInvitationByToken(token))?.state).toBe("valid");
    const joined = await signUpFromInvitation(token, { name: "Nina", password: "a-long-password" }, {});
    expect(joined).toMatchObject({ slug: "acme", email: "nina@example.test" });
    const membership = await testDb.membership.findFirstOrThrow({ where: { user: { email: "nina@example.test" }, organisation: { slug: "acme" } } });
    expect(membership).toMatchObject({ role: "ACCOUNTING", jobTitle: "Accountant" });
    expect(await testDb.organisation.count({ where: { personalOwner: { email: "nina@example.test" } } })).toBe(1);
    expect((await getInvitationByToken(token))?.state).toBe("accepted");
    await expect(signUpFromInvitation(token, { name: "Nina", password: "a-long-password" }, {})).rejects.toMatchObject({ code: "INVITATION_ALREADY_USED" });
  });

  it("accepts only for the invited address, case-insensitively, and never twice", async () => {
    const admin = await actorFor("admin@acme.test");
    await inviteMember(admin, "bakery", { email: "Manager@ACME.test", role: "DEVELOPER" }, emailContext);
    const token = lastTokenSentTo("manager@acme.test");
    const outsider = await actorFor("outsider@example.test");
    await expect(acceptInvitation(outsider, token)).rejects.toMatchObject({ code: "INVITATION_WRONG_ACCOUNT" });
    const manager = await actorFor("manager@acme.test");
    await expect(acceptInvitation(manager, token)).resolves.toEqual({ slug: "bakery" });
    await expect(acceptInvitation(manager, token)).rejects.toMatchObject({ code: "INVITATION_ALREADY_USED" });
    expect(await testDb.membership.count({ where: { userId: manager.userId, organisation: { slug: "bakery" } } })).toBe(1);
  });

  it("never changes the role of someone who became a member meanwhile", async () => {
    const admin = await actorFor("admin@acme.test");
    await inviteMember(admin, "bakery", { email: "dev@acme.test", role: "ADMIN" }, emailContext);
    const token = lastTokenSentTo("dev@acme.test");
    const dev = await actorFor("dev@acme.test");
    const bakery = await testDb.organisation.findUniqueOrThrow({ where: { slug: "bakery" } });
    await testDb.membership.create({ data: { organisationId: bakery.id, userId: dev.userId, role: "DEVELOPER" } });
    await expect(acceptInvitation(dev, token)).rejects.toMatchObject({ code: "ALREADY_MEMBER" });
    expect((await testDb.membership.findFirstOrThrow({ where: { userId: dev.userId, organisationId: bakery.id } })).role).toBe("DEVELOPER");
  });

  it("refuses expired, revoked and declined invitations with their own message", async () => {
    const admin = await actorFor("admin@acme.test");
    const outsider = await actorFor("outsider@example.test");
    await inviteMember(admin, "acme", { email: "outsider@example.test", role: "DEVELOPER" }, emailContext);
    const token = lastTokenSentTo("outsider@example.test");
    const invitation = await testDb.invitation.findFirstOrThrow({ where: { email: "outsider@example.test" } });

    await testDb.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await getInvitationByToken(token))?.state).toBe("expired");
    await expect(acceptInvitation(outsider, token)).rejects.toMatchObject({ code: "INVITATION_EXPIRED" });

    // Resending an expired invitation gives a new link; the old one stops working.
    await resendInvitation(admin, "acme", { invitationId: invitation.id }, emailContext);
    const renewed = lastTokenSentTo("outsider@example.test");
    expect(renewed).not.toBe(token);
    expect(await getInvitationByToken(token)).toBeNull();
    await expect(acceptInvitation(outsider, token)).rejects.toMatchObject({ code: "INVITATION_INVALID" });

    await revokeInvitation(admin, "acme", { invitationId: invitation.id });
    await expect(acceptInvitation(outsider, renewed)).rejects.toMatchObject({ code: "INVITATION_REVOKED" });

    // Inviting again after a revocation renews the same row with a fresh token.
    await inviteMember(admin, "acme", { email: "outsider@example.test", role: "MANAGER" }, emailContext);
    const third = lastTokenSentTo("outsider@example.test");
    await declineInvitation(outsider, third);
    await expect(acceptInvitation(outsider, third)).rejects.toMatchObject({ code: "INVITATION_ALREADY_USED" });
    expect(await testDb.membership.count({ where: { userId: outsider.userId, organisation: { slug: "acme" } } })).toBe(0);
  });

  it("accepts once when the same link is used twice at the same time", async () => {
    const admin = await actorFor("admin@acme.test");
    await inviteMember(admin, "bakery", { email: "manager@acme.test", role: "DEVELOPER" }, emailContext);
    const token = lastTokenSentTo("manager@acme.test");
    const manager = await actorFor("manager@acme.test");
    const results = await Promise.allSettled([acceptInvitation(manager, token), acceptInvitation(manager, token)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await testDb.membership.count({ where: { userId: manager.userId, organisation: { slug: "bakery" } } })).toBe(1);
  });

  it("lets only managers of that role revoke or resend", async () => {
    const manager = await actorFor("manager@acme.test");
    const dev = await actorFor("dev@acme.test");
    const admin = await actorFor("admin@acme.test");
    await inviteMember(admin, "acme", { email: "cfo@example.test", role: "ADMIN" }, emailContext);
    const adminInvitation = await testDb.invitation.findFirstOrThrow({ where: { email: "cfo@example.test" } });
    await expect(revokeInvitation(manager, "acme", { invitationId: adminInvitation.id })).rejects.toMatchObject({ code: "ONLY_ADMINS_MANAGE_ADMINS" });
    const pending = await testDb.invitation.findFirstOrThrow({ where: { email: "freelancer@example.test" } });
    await expect(revokeInvitation(dev, "acme", { invitationId: pending.id })).rejects.toMatchObject({ code: "MISSING_PERMISSION" });
    const outsider = await actorFor("outsider@example.test");
    await expect(revokeInvitation(outsider, "outsider-studio", { invitationId: pending.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb.invitation.count({ where: { status: "PENDING" } })).toBe(2);
  });
});
