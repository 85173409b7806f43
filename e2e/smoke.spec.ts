// The contract every other spec relies on: the server answers, sign-in works, and the
// edges of product.md answer with real status codes (redirect, 404, 403).
import { ACCOUNTS, expect, hasServerAction, postServerAction, readFormFields, signInThroughForm, test } from "./fixtures";

test("the health check answers 200 {status: ok}", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});

test("a signed-out visitor of /orgs is sent to /login and back", async ({ page, request }) => {
  const response = await request.get("/orgs", { maxRedirects: 0 });
  expect([302, 303, 307]).toContain(response.status());
  const location = new URL(response.headers().location, "http://placeholder");
  expect(location.pathname).toBe("/login");
  expect(location.searchParams.get("callbackUrl")).toBe("/orgs");

  await page.goto("/orgs");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Forgs$/);
  await signInThroughForm(page, ACCOUNTS.admin, { from: page.url(), expectPath: /\/orgs$/ });
});

test("the Admin signs in through the form and sees their organisations", async ({ page }) => {
  await signInThroughForm(page, ACCOUNTS.admin);
  await expect(page.getByRole("link", { name: /Acme Web Agency/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Boulangerie Martin/ })).toBeVisible();
});

test("a wrong password is refused on the page", async ({ page }) => {
  await page.goto("/login");
  const form = page.getByRole("form", { name: "Sign in with your password" });
  await form.getByLabel("E-mail").fill(ACCOUNTS.admin);
  await form.getByLabel("Password").fill("not-the-password");
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("a non-member gets 404 for an organisation, never a hint that it exists", async ({ signIn }) => {
  const page = await signIn(ACCOUNTS.outsider);
  const response = await page.goto("/orgs/acme");
  expect(response?.status()).toBe(404);
  const missing = await page.goto("/orgs/no-such-organisation");
  expect(missing?.status()).toBe(404);
});

test("a member without the permission gets 403", async ({ signIn }) => {
  const page = await signIn(ACCOUNTS.developer);
  const response = await page.goto("/orgs/acme/billing");
  expect(response?.status()).toBe(403);
});

test("the server-action helper really runs an action under the poster's own session", async ({ signInAs, db, resetDemoData }) => {
  // The Admin is shown the form; the outsider posts its fields. Creating an organisation
  // is open to every signed-in user, so the action must run, as the outsider: this is
  // what makes the refusals asserted with the same helper in other specs meaningful.
  const admin = await signInAs(ACCOUNTS.admin);
  await admin.goto("/orgs");
  const fields = await readFormFields(admin.getByRole("form", { name: /create/i }));
  expect(hasServerAction(fields)).toBe(true);

  const outsider = await signInAs(ACCOUNTS.outsider);
  const name = `Posted directly ${Date.now()}`;
  const response = await postServerAction(outsider.request, "/orgs", fields, { name });
  expect([200, 303]).toContain(response.status());

  const created = await db.organisation.findFirstOrThrow({ where: { name }, include: { memberships: { include: { user: true } } } });
  expect(created.memberships.map((membership) => [membership.user.email, membership.role])).toEqual([[ACCOUNTS.outsider, "ADMIN"]]);
  await resetDemoData();
});

test("the server-action helper runs an Admin-only action posted by the Admin (so refusals to others are real)", async ({ signInAs, db, resetDemoData }) => {
  await resetDemoData();
  const admin = await signInAs(ACCOUNTS.admin);
  await admin.goto("/orgs/acme/members");
  const fields = await readFormFields(admin.getByRole("form", { name: "Invite a member" }));
  expect(hasServerAction(fields)).toBe(true);

  const email = `direct-admin-${Date.now()}@example.test`;
  const response = await postServerAction(admin.request, "/orgs/acme/members", fields, { email, role: "ADMIN" });
  expect(response.status()).toBe(200);
  const invitation = await db.invitation.findFirstOrThrow({ where: { email }, include: { invitedBy: true } });
  expect(invitation.role).toBe("ADMIN");
  expect(invitation.invitedBy?.email).toBe(ACCOUNTS.admin);
  await resetDemoData();
});
