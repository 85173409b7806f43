// Journey (b): a Manager can neither invite an Admin nor change an Admin's role — not in
// the page, and not by calling the server action directly: refused, database unchanged.
import { ACCOUNTS, expect, postServerAction, readFormFields, test } from "./fixtures";

test.beforeEach(async ({ resetDemoData }) => {
  await resetDemoData();
});

async function membershipsOfAcme(db: import("../lib/prisma-client.ts").AtelierPrismaClient) {
  return db.membership.findMany({ where: { organisation: { slug: "acme" } }, select: { id: true, role: true }, orderBy: { id: "asc" } });
}

test("the Manager's page offers no Admin role and says who manages Admins", async ({ signInAs }) => {
  const manager = await signInAs(ACCOUNTS.manager);
  await manager.goto("/orgs/acme/members");
  await expect(manager.getByText("Only admins may invite, edit or remove other admins.")).toBeVisible();
  const roleOptions = manager.getByRole("form", { name: "Invite a member" }).getByLabel("Role").locator("option");
  await expect(roleOptions).toHaveText(["Manager", "Developer", "Accounting"]);
  const adminRow = manager.getByTestId(`member-${ACCOUNTS.admin}`);
  await expect(adminRow.getByRole("combobox")).toHaveCount(0);
  await expect(adminRow.getByText("Remove…")).toHaveCount(0);
});

test("a Manager posting the invite action with role ADMIN is refused and nothing is written", async ({ signInAs, db }) => {
  const manager = await signInAs(ACCOUNTS.manager);
  await manager.goto("/orgs/acme/members");
  const fields = await readFormFields(manager.getByRole("form", { name: "Invite a member" }));
  const invitationsBefore = await db.invitation.count();
  const response = await postServerAction(manager.request, "/orgs/acme/members", fields, {
    email: "new-boss@example.test",
    role: "ADMIN",
  });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("Only admins may invite, edit or remove other admins.");
  expect(await db.invitation.count()).toBe(invitationsBefore);
  expect(await db.invitation.count({ where: { email: "new-boss@example.test" } })).toBe(0);
});

test("a Manager posting the role-change action on the Admin, or to promote to Admin, is refused", async ({ signInAs, db }) => {
  const manager = await signInAs(ACCOUNTS.manager);
  await manager.goto("/orgs/acme/members");
  // The Manager is shown a role form for the Developer only; they reuse it on the Admin.
  const fields = await readFormFields(manager.getByRole("form", { name: "Change the role of Dana Lefèvre" }));
  const admin = await db.membership.findFirstOrThrow({ where: { user: { email: ACCOUNTS.admin }, organisation: { slug: "acme" } } });
  const self = await db.membership.findFirstOrThrow({ where: { user: { email: ACCOUNTS.manager }, organisation: { slug: "acme" } } });
  const before = await membershipsOfAcme(db);

  for (const overrides of [
    { membershipId: admin.id, role: "DEVELOPER" },
    { role: "ADMIN" },
    { membershipId: self.id, role: "ADMIN" },
  ]) {
    const response = await postServerAction(manager.request, "/orgs/acme/members", fields, overrides);
    expect(await response.text()).toContain("Only admins may invite, edit or remove other admins.");
  }
  // Removing the Admin with the removal form of the Developer's row, its hidden id
  // tampered in the page (that form runs in the browser, so it is posted from there).
  const developerRow = manager.getByTestId(`member-${ACCOUNTS.developer}`);
  await developerRow.getByText("Remove…").click();
  await developerRow.locator('input[name="membershipId"]').last().evaluate((input, id) => {
    (input as HTMLInputElement).value = id;
  }, admin.id);
  await developerRow.getByRole("button", { name: "Remove member" }).click();
  await expect(developerRow.getByRole("alert")).toContainText("Only admins may invite, edit or remove other admins.");

  expect(await membershipsOfAcme(db)).toEqual(before);
  expect(await db.auditEvent.count({ where: { action: { in: ["member.role-changed", "member.removed"] } } })).toBe(0);
});

test("the Admin can promote a member to Admin through the page, and the change applies at once", async ({ signInAs, db }) => {
  const admin = await signInAs(ACCOUNTS.admin);
  await admin.goto("/orgs/acme/members");
  await expect(admin.getByText(/The last admin/)).toBeVisible();
  const row = admin.getByRole("form", { name: "Change the role of Marc Dubois" });
  await row.getByRole("combobox").selectOption("ADMIN");
  await row.getByRole("button", { name: "Save role" }).click();
  await expect(admin.getByRole("status").first()).toContainText("Role changed");
  const manager = await db.membership.findFirstOrThrow({ where: { user: { email: ACCOUNTS.manager }, organisation: { slug: "acme" } } });
  expect(manager.role).toBe("ADMIN");
  await expect(admin.getByText(/The last admin/)).toHaveCount(0);
});

test("the member filter ignores case and accents, and says when nothing matches", async ({ signInAs }) => {
  const manager = await signInAs(ACCOUNTS.manager);
  await manager.goto("/orgs/acme/members");
  const filter = manager.getByRole("searchbox", { name: "Filter by name or e-mail" });
  await filter.fill("LEFEVRE");
  await expect(manager.getByText("1 of 4 members shown")).toBeVisible();
  await expect(manager.getByTestId(`member-${ACCOUNTS.developer}`)).toBeVisible();
  await filter.fill("nobody-like-this");
  await expect(manager.getByText("No member matches “nobody-like-this”.")).toBeVisible();
});
