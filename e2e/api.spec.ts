// The HTTP API answers with the same policy as the pages: a token acts as its user.
import { newApiTokenSecret } from "../lib/api-tokens/secret.ts";
import { ACCOUNTS, expect, test } from "./fixtures";

test.beforeEach(async ({ resetDemoData }) => {
  await resetDemoData();
});

async function tokenFor(db: import("../lib/prisma-client.ts").AtelierPrismaClient, email: string, expiresAt = new Date(Date.now() + 86_400_000)) {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const { secret, tokenHash, prefix } = newApiTokenSecret();
  await db.apiToken.create({ data: { userId: user.id, name: "e2e", tokenHash, prefix, expiresAt } });
  return { authorization: `Bearer ${secret}` };
}

test("a token lists its user's organisations; none, a wrong, or an expired one gets 401", async ({ request, db }) => {
  const headers = await tokenFor(db, ACCOUNTS.accounting);
  const response = await request.get("/api/v1/organisations", { headers });
  expect(response.status()).toBe(200);
  const { organisations } = await response.json();
  expect(organisations.map((o: { slug: string; role: string }) => [o.slug, o.role])).toEqual(
    expect.arrayContaining([["acme", "ACCOUNTING"], ["bakery", "ACCOUNTING"]]),
  );
  expect((await request.get("/api/v1/organisations")).status()).toBe(401);
  expect((await request.get("/api/v1/organisations", { headers: { authorization: "Bearer atl_not-a-real-token-at-all-000000" } })).status()).toBe(401);
  const expired = await tokenFor(db, ACCOUNTS.admin, new Date(Date.now() - 1000));
  expect((await request.get("/api/v1/organisations", { headers: expired })).status()).toBe(401);
});

test("the API refuses what the role refuses, and the database is unchanged", async ({ request, db }) => {
  const manager = await tokenFor(db, ACCOUNTS.manager);
  const developer = await tokenFor(db, ACCOUNTS.developer);
  const accounting = await tokenFor(db, ACCOUNTS.accounting);
  const outsider = await tokenFor(db, ACCOUNTS.outsider);
  const admin = await db.membership.findFirstOrThrow({ where: { user: { email: ACCOUNTS.admin }, organisation: { slug: "acme" } } });
  const before = await db.membership.findMany({ orderBy: { id: "asc" } });
  const invitationsBefore = await db.invitation.count();

  const inviteAdmin = await request.post("/api/v1/organisations/acme/invitations", { headers: manager, data: { email: "boss@example.test", role: "ADMIN" } });
  expect(inviteAdmin.status()).toBe(403);
  expect(await inviteAdmin.json()).toMatchObject({ error: "ONLY_ADMINS_MANAGE_ADMINS" });

  const demoteAdmin = await request.patch(`/api/v1/organisations/acme/members/${admin.id}`, { headers: manager, data: { role: "DEVELOPER" } });
  expect(demoteAdmin.status()).toBe(403);
  const developerInvites = await request.post("/api/v1/organisations/acme/invitations", { headers: developer, data: { email: "x@example.test", role: "DEVELOPER" } });
  expect(developerInvites.status()).toBe(403);
  expect(await developerInvites.json()).toMatchObject({ error: "MISSING_PERMISSION", permission: "members:manage" });
  expect((await request.get("/api/v1/organisations/acme/members", { headers: accounting })).status()).toBe(403);
  expect((await request.get("/api/v1/organisations/acme/members", { headers: outsider })).status()).toBe(404);
  expect((await request.delete(`/api/v1/organisations/acme/members/${admin.id}`, { headers: outsider })).status()).toBe(404);

  const badInput = await request.post("/api/v1/organisations/acme/invitations", { headers: manager, data: { email: "nope", role: "DEVELOPER" } });
  expect(badInput.status()).toBe(422);
  expect(await badInput.json()).toMatchObject({ error: "INVALID_INPUT", fieldErrors: { email: expect.any(String) } });

  expect(await db.membership.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  expect(await db.invitation.count()).toBe(invitationsBefore);

  const invited = await request.post("/api/v1/organisations/acme/invitations", { headers: manager, data: { email: "dev2@example.test", role: "DEVELOPER" } });
  expect(invited.status()).toBe(201);
  expect(await db.invitation.count({ where: { email: "dev2@example.test", status: "PENDING" } })).toBe(1);
});

test("applications and invoices over the API follow the same matrix", async ({ request, db }) => {
  const developer = await tokenFor(db, ACCOUNTS.developer);
  const manager = await tokenFor(db, ACCOUNTS.manager);
  const accounting = await tokenFor(db, ACCOUNTS.accounting);
  const app = await db.application.findFirstOrThrow({ where: { name: "shop-api", organisation: { slug: "acme" } } });

  const refused = await request.delete(`/api/v1/organisations/acme/applications/${app.id}`, { headers: developer, data: { confirmation: "shop-api" } });
  expect(refused.status()).toBe(403);
  expect(await db.application.count({ where: { id: app.id } })).toBe(1);
  expect((await request.get("/api/v1/organisations/acme/applications", { headers: accounting })).status()).toBe(403);
  expect((await request.get("/api/v1/organisations/acme/invoices", { headers: developer })).status()).toBe(403);

  const invoices = await request.get("/api/v1/organisations/acme/invoices", { headers: accounting });
  expect(invoices.status()).toBe(200);
  expect((await invoices.json()).toPay.length).toBeGreaterThan(0);

  const created = await request.post("/api/v1/organisations/acme/applications", { headers: developer, data: { name: "api-made", runtime: "NODE" } });
  expect(created.status()).toBe(201);
  const deleted = await request.delete(`/api/v1/organisations/acme/applications/${app.id}`, { headers: manager, data: { confirmation: "shop-api" } });
  expect(deleted.status()).toBe(204);
  expect(await db.application.count({ where: { id: app.id } })).toBe(0);
});

test("leaving over the API: any member deletes their own membership; the last Admin is a 409", async ({ request, db }) => {
  const accounting = await tokenFor(db, ACCOUNTS.accounting);
  const admin = await tokenFor(db, ACCOUNTS.admin);
  const own = await db.membership.findFirstOrThrow({ where: { user: { email: ACCOUNTS.accounting }, organisation: { slug: "bakery" } } });
  const left = await request.delete(`/api/v1/organisations/bakery/members/${own.id}`, { headers: accounting });
  expect(left.status()).toBe(204);
  expect(await db.membership.count({ where: { id: own.id } })).toBe(0);

  const lastAdmin = await db.membership.findFirstOrThrow({ where: { user: { email: ACCOUNTS.admin }, organisation: { slug: "bakery" } } });
  const refused = await request.delete(`/api/v1/organisations/bakery/members/${lastAdmin.id}`, { headers: admin });
  expect(refused.status()).toBe(409);
  expect(await refused.json()).toMatchObject({ error: "LAST_ADMIN" });
  expect(await db.membership.count({ where: { id: lastAdmin.id } })).toBe(1);
});

test("the API answers in JSON everywhere: unknown paths, oversized bodies, and in the caller's language", async ({ request, db }) => {
  const developer = await tokenFor(db, ACCOUNTS.developer);
  const unknown = await request.get("/api/v1/nope", { headers: developer });
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toMatchObject({ error: "NOT_FOUND" });

  const applicationsBefore = await db.application.count();
  const huge = await request.post("/api/v1/organisations/acme/applications", {
    headers: { ...developer, "content-type": "application/json" },
    data: JSON.stringify({ name: "huge-app", runtime: "NODE", padding: "x".repeat(100_000) }),
  });
  expect(huge.status()).toBe(413);
  expect(await huge.json()).toMatchObject({ error: "PAYLOAD_TOO_LARGE" });
  expect(await db.application.count()).toBe(applicationsBefore);

  const french = await request.post("/api/v1/organisations/acme/applications", { headers: { ...developer, "accept-language": "fr-FR,fr;q=0.9" }, data: {} });
  expect(french.status()).toBe(422);
  expect(await french.json()).toMatchObject({ error: "INVALID_INPUT", fieldErrors: { name: "Ce champ est obligatoire." } });
  expect((await request.get("/api/v1/organisations", { headers: { "accept-language": "fr" } })).status()).toBe(401);
});
