// Journey (c): a Developer cannot delete an application — the page offers no way, and
// calling the delete action directly (with the form a Manager is shown) is refused,
// the application still there. The same form works for the Manager.
import { ACCOUNTS, expect, postServerAction, readFormFields, test } from "./fixtures";

test.beforeEach(async ({ resetDemoData }) => {
  await resetDemoData();
});

test("a Developer's direct call of the delete action is refused and the application stays", async ({ signInAs, db }) => {
  const app = await db.application.findFirstOrThrow({ where: { name: "shop-api", organisation: { slug: "acme" } } });
  const appPath = `/orgs/acme/applications/${app.id}`;

  const developer = await signInAs(ACCOUNTS.developer);
  const page = await developer.goto(appPath);
  expect(page?.status()).toBe(200);
  await expect(developer.getByRole("heading", { name: "shop-api" })).toBeVisible();
  await expect(developer.getByRole("form", { name: "Delete the application" })).toHaveCount(0);

  const manager = await signInAs(ACCOUNTS.manager);
  await manager.goto(appPath);
  const fields = await readFormFields(manager.getByRole("form", { name: "Delete the application" }));

  const refused = await postServerAction(developer.request, appPath, fields, { confirmation: "shop-api" });
  expect(await refused.text()).toContain("Your role does not allow this. Nothing was changed.");
  expect(await db.application.count({ where: { id: app.id } })).toBe(1);
  expect(await db.environmentVariable.count({ where: { applicationId: app.id } })).toBeGreaterThan(0);
  expect(await db.auditEvent.count({ where: { action: "application.deleted" } })).toBe(0);

  // The same request from the Manager deletes it: the refusal above was the policy's.
  const accepted = await postServerAction(manager.request, appPath, fields, { confirmation: "shop-api" });
  expect([200, 303]).toContain(accepted.status());
  expect(await db.application.count({ where: { id: app.id } })).toBe(0);
});

test("the Manager deletes an application through the page after typing its name", async ({ signInAs, db }) => {
  const app = await db.application.findFirstOrThrow({ where: { name: "analytics-worker", organisation: { slug: "acme" } } });
  const manager = await signInAs(ACCOUNTS.manager);
  await manager.goto(`/orgs/acme/applications/${app.id}`);
  const form = manager.getByRole("form", { name: "Delete the application" });
  const button = form.getByRole("button", { name: "Delete the application" });
  await expect(button).toBeDisabled();
  await form.getByLabel("Type analytics-worker to confirm").fill("analytics-worker");
  await button.click();
  await expect(manager).toHaveURL(/\/orgs\/acme\/applications$/);
  await expect(manager.getByRole("link", { name: "analytics-worker" })).toHaveCount(0);
  expect(await db.application.count({ where: { id: app.id } })).toBe(0);
});

test("another organisation's application answers 404, even to its own Admin's peers", async ({ signInAs, db }) => {
  const bakeryApp = await db.application.findFirstOrThrow({ where: { organisation: { slug: "bakery" } } });
  const manager = await signInAs(ACCOUNTS.manager);
  const response = await manager.goto(`/orgs/acme/applications/${bakeryApp.id}`);
  expect(response?.status()).toBe(404);
  const outsider = await signInAs(ACCOUNTS.outsider);
  expect((await outsider.goto(`/orgs/bakery/applications/${bakeryApp.id}`))?.status()).toBe(404);
});
