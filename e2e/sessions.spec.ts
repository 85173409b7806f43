// A session ends when its owner signs out, for every copy of its cookie; and "from where"
// is the address the server saw, never what a client writes in X-Forwarded-For.
import { ACCOUNTS, expect, signInThroughForm, test } from "./fixtures";

test("signing out ends the session: a copy of its cookie no longer opens a page", async ({ page, browser }) => {
  await signInThroughForm(page, ACCOUNTS.developer);
  const cookies = await page.context().cookies();
  expect(cookies.some((cookie) => cookie.name.endsWith("next-auth.session-token"))).toBe(true);

  // Another browser holding a copy of the cookie is signed in…
  const copy = await browser.newContext();
  await copy.addCookies(cookies);
  const thief = await copy.newPage();
  expect((await thief.goto("/orgs/acme/applications"))?.status()).toBe(200);

  // …until the owner signs out.
  await page.goto("/logout");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await thief.goto("/orgs/acme/applications");
  await expect(thief).toHaveURL(/\/login\?callbackUrl=%2Forgs%2Facme%2Fapplications/);
  // next-auth's own session endpoint agrees: no session, and the cookie is cleared.
  const session = await copy.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  await copy.close();
});

test("the audit trail records the address the server saw, not a forged X-Forwarded-For", async ({ signIn, db, resetDemoData }) => {
  await resetDemoData();
  const page = await signIn(ACCOUNTS.admin);
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "6.6.6.6" });
  await page.goto("/orgs/acme/settings");
  const form = page.getByRole("form", { name: "General" });
  await form.getByLabel("Organisation name").fill("Acme Web Agency SARL");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByRole("status")).toBeVisible();
  const event = await db.auditEvent.findFirstOrThrow({ where: { action: "organisation.updated" }, orderBy: { createdAt: "desc" } });
  expect(event.ipAddress).toBe("127.0.0.1");
});

test("a form of another site cannot post to Atelier: 403, nothing written", async ({ signIn, db, resetDemoData }) => {
  await resetDemoData();
  const page = await signIn(ACCOUNTS.admin);
  const organisations = await db.organisation.count();
  const response = await page.request.post("/orgs", {
    headers: { Origin: "http://evil.example", "Next-Action": "0".repeat(40) },
    multipart: { name: "Planted by another site" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(await db.organisation.count()).toBe(organisations);
});
