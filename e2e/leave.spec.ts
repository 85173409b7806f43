// Every role may leave an organisation (product.md) — the Accounting member too, who
// never sees the members page — except its last Admin.
import { ACCOUNTS, expect, test } from "./fixtures";

test.beforeEach(async ({ resetDemoData }) => {
  await resetDemoData();
});

test("an Accounting member leaves a customer's organisation from its billing page", async ({ signInAs, db }) => {
  const accountant = await signInAs(ACCOUNTS.accounting);
  await accountant.goto("/orgs/bakery/billing");
  await accountant.getByText("Leave organisation…").click();
  await accountant.getByRole("button", { name: "Leave", exact: true }).click();
  await expect(accountant).toHaveURL(/\/orgs$/);
  await expect(accountant.getByRole("link", { name: /Boulangerie Martin/ })).toHaveCount(0);
  await expect(accountant.getByRole("link", { name: /Acme Web Agency/ })).toBeVisible();
  expect(await db.membership.count({ where: { user: { email: ACCOUNTS.accounting }, organisation: { slug: "bakery" } } })).toBe(0);
  expect(await db.auditEvent.count({ where: { action: "member.left", organisation: { slug: "bakery" } } })).toBe(1);
  expect((await accountant.goto("/orgs/bakery/billing"))?.status()).toBe(404);
});

test("the billing page offers no leaving to the Admin, whose members page does (or says why not)", async ({ signInAs }) => {
  const admin = await signInAs(ACCOUNTS.admin);
  await admin.goto("/orgs/bakery/billing");
  await expect(admin.getByText("Leave organisation…")).toHaveCount(0);
  await admin.goto("/orgs/bakery/members");
  await expect(admin.getByText("You are the last admin: to leave, first make another member Admin.")).toBeVisible();
});

test("the keyboard opens and closes the confirmation; Escape gives the focus back", async ({ signInAs }) => {
  const accountant = await signInAs(ACCOUNTS.accounting);
  await accountant.goto("/orgs/bakery/billing");
  const summary = accountant.getByText("Leave organisation…");
  await summary.focus();
  await accountant.keyboard.press("Enter");
  await expect(accountant.getByRole("button", { name: "Leave", exact: true })).toBeVisible();
  await accountant.keyboard.press("Tab");
  await accountant.keyboard.press("Escape");
  await expect(accountant.getByRole("button", { name: "Leave", exact: true })).toBeHidden();
  await expect(summary).toBeFocused();
});
