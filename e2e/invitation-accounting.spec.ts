// Journey (a): an Admin invites a new person as Accounting; the person follows the e-mailed
// link, signs up, lands on billing, sees billing only, and gets 403 everywhere else.
import { hashInvitationToken } from "../lib/invitations/token.ts";
import { ACCOUNTS, allMessages, expect, latestInvitationPath, signInThroughForm, test } from "./fixtures";

const OTHER_AREAS = ["applications", "addons", "members", "activity", "settings"];

test.beforeEach(async ({ resetDemoData }) => {
  await resetDemoData();
});

test("an invited accountant signs up from the link and sees billing only", async ({ page, browser, db }) => {
  const invitee = `accountant-${Date.now()}@example.test`;
  await signInThroughForm(page, ACCOUNTS.admin);
  await page.goto("/orgs/acme/members");
  const before = allMessages();
  const invite = page.getByRole("form", { name: "Invite a member" });
  await invite.getByLabel("E-mail address").fill(invitee);
  await invite.getByLabel("Role").selectOption("ACCOUNTING");
  await invite.getByLabel("Job title (optional)").fill("Chief accountant");
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(invite.getByRole("status")).toContainText("Invitation sent");
  await expect(page.getByTestId(`invitation-${invitee}`)).toContainText("Accounting");

  const link = await latestInvitationPath(invitee, before);
  const stored = await db.invitation.findFirstOrThrow({ where: { email: invitee } });
  expect(link).not.toContain(stored.tokenHash);

  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(link);
  await expect(guest.getByText("Alice Martin invites you to join Acme Web Agency as Accounting.")).toBeVisible();
  await guest.getByLabel("Full name").fill("Inès Comptable");
  await expect(guest.getByLabel("E-mail")).toHaveValue(invitee);
  await guest.getByLabel("Password").fill("short");
  await guest.getByRole("button", { name: "Create account" }).click();
  await expect(guest.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(guest.getByLabel("Full name")).toHaveValue("Inès Comptable");
  expect(await db.user.count({ where: { email: invitee } })).toBe(0);

  await guest.getByLabel("Password").fill("a-long-enough-password");
  await guest.getByRole("button", { name: "Create account" }).click();
  await expect(guest).toHaveURL(/\/orgs\/acme\/billing$/);

  const nav = guest.getByRole("navigation", { name: "Organisation" });
  await expect(nav.getByRole("link")).toHaveText(["Billing"]);
  const membership = await db.membership.findFirstOrThrow({ where: { user: { email: invitee }, organisation: { slug: "acme" } } });
  expect(membership).toMatchObject({ role: "ACCOUNTING", jobTitle: "Chief accountant" });

  // The overview sends Accounting to billing; every other area answers 403 and says why.
  await guest.goto("/orgs/acme");
  await expect(guest).toHaveURL(/\/orgs\/acme\/billing$/);
  for (const area of OTHER_AREAS) {
    const response = await guest.goto(`/orgs/acme/${area}`);
    expect(response?.status(), area).toBe(403);
  }
  await expect(guest.getByText("Your role in Acme Web Agency is Accounting.")).toBeVisible();

  // The link is single-use: following it again says so, truthfully.
  await guest.goto(link);
  await expect(guest.getByText("You already accepted this invitation")).toBeVisible();
  await guestContext.close();
});

test("a revoked or expired link says so, and resending gives a new working link", async ({ page, browser, db }) => {
  const invitee = `late-${Date.now()}@example.test`;
  await signInThroughForm(page, ACCOUNTS.admin);
  await page.goto("/orgs/acme/members");
  let before = allMessages();
  const invite = page.getByRole("form", { name: "Invite a member" });
  await invite.getByLabel("E-mail address").fill(invitee);
  await invite.getByRole("button", { name: "Send invitation" }).click();
  const firstLink = await latestInvitationPath(invitee, before);

  await db.invitation.updateMany({ where: { email: invitee }, data: { expiresAt: new Date(Date.now() - 60_000) } });
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(firstLink);
  await expect(guest.getByText(/has expired/)).toBeVisible();

  await page.reload();
  const row = page.getByTestId(`invitation-${invitee}`);
  await expect(row).toContainText("Expired");
  before = allMessages();
  await row.getByRole("button", { name: "Resend" }).click();
  await expect(row.getByRole("status")).toContainText("new link");
  const secondLink = await latestInvitationPath(invitee, before);
  expect(secondLink).not.toBe(firstLink);

  await guest.goto(firstLink);
  await expect(guest.getByText("This invitation link is not valid.")).toBeVisible();
  await guest.goto(secondLink);
  await expect(guest.getByRole("button", { name: "Create account" })).toBeVisible();

  await page.getByTestId(`invitation-${invitee}`).getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByTestId(`invitation-${invitee}`)).toHaveCount(0);
  // The row is gone with its form; the page still says what happened.
  await expect(page.getByTestId("announcement")).toContainText("revoked");
  await guest.goto(secondLink);
  await expect(guest.getByText(/was withdrawn/)).toBeVisible();
  await guestContext.close();
});

test("an existing member declines an invitation: the page says so and offers nothing more", async ({ signInAs, db, resetDemoData }) => {
  await resetDemoData();
  const acme = await db.organisation.findUniqueOrThrow({ where: { slug: "acme" } });
  const admin = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.admin } });
  const token = "decline-test-token-0123456789abcdef";
  await db.invitation.create({
    data: {
      organisationId: acme.id,
      email: ACCOUNTS.outsider,
      role: "DEVELOPER",
      tokenHash: hashInvitationToken(token),
      expiresAt: new Date(Date.now() + 86_400_000),
      invitedById: admin.id,
    },
  });
  const outsider = await signInAs(ACCOUNTS.outsider);
  await outsider.goto(`/invitations/${token}`);
  await outsider.getByRole("button", { name: "Decline" }).click();
  await expect(outsider.getByText("This invitation to Acme Web Agency was declined.")).toBeVisible();
  await expect(outsider.getByRole("button", { name: "Accept and join" })).toHaveCount(0);
  await expect(outsider.getByRole("button", { name: "Decline" })).toHaveCount(0);
  expect(await db.invitation.findFirstOrThrow({ where: { email: ACCOUNTS.outsider, organisationId: acme.id } })).toMatchObject({ status: "DECLINED" });
  expect(await db.membership.count({ where: { organisationId: acme.id, user: { email: ACCOUNTS.outsider } } })).toBe(0);
});
