// Journey (d): the invitation journey in French — the browser's language picks French,
// the e-mail goes out in the inviter's language, and the switcher changes the language.
import { ACCOUNTS, allMessages, expect, latestInvitationPath, signInThroughForm, test } from "./fixtures";

test.use({ locale: "fr-FR" });

test.beforeEach(async ({ resetDemoData }) => {
  await resetDemoData();
});

test("une comptable invitée s'inscrit depuis le lien et ne voit que la facturation", async ({ page, browser, db }) => {
  const invitee = `comptable-${Date.now()}@example.test`;
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Connexion à Atelier" })).toBeVisible();
  await signInThroughForm(page, ACCOUNTS.admin);
  await page.goto("/orgs/acme/members");
  await expect(page.getByRole("heading", { name: "Membres", level: 1 })).toBeVisible();

  const before = allMessages();
  const invite = page.getByRole("form", { name: "Inviter un membre" });
  await invite.getByLabel("Adresse e-mail").fill("pas-une-adresse");
  await invite.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(invite.getByText("Saisissez une adresse e-mail valide")).toBeVisible();
  await expect(invite.getByLabel("Adresse e-mail")).toHaveValue("pas-une-adresse");

  await invite.getByLabel("Adresse e-mail").fill(invitee);
  await invite.getByLabel("Rôle").selectOption("ACCOUNTING");
  await invite.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(invite.getByRole("status")).toContainText("Invitation envoyée");

  const link = await latestInvitationPath(invitee, before);
  const email = allMessages().filter((message) => message.to.includes(invitee)).at(-1)!;
  expect(email.subject).toBe("Alice Martin vous invite dans Acme Web Agency sur Atelier");
  expect(email.text).toContain("avec le rôle Comptabilité");

  const guestContext = await browser.newContext({ locale: "fr-FR" });
  const guest = await guestContext.newPage();
  await guest.goto(link);
  await expect(guest.getByText("Alice Martin vous invite à rejoindre Acme Web Agency avec le rôle Comptabilité.")).toBeVisible();
  await guest.getByLabel("Nom complet").fill("Léa Comptable");
  await guest.getByLabel("Mot de passe").fill("un-mot-de-passe-long");
  await guest.getByRole("button", { name: "Créer le compte" }).click();
  await expect(guest).toHaveURL(/\/orgs\/acme\/billing$/);
  await expect(guest.getByRole("navigation", { name: "Organisation" }).getByRole("link")).toHaveText(["Facturation"]);

  const response = await guest.goto("/orgs/acme/members");
  expect(response?.status()).toBe(403);
  await expect(guest.getByRole("heading", { name: "Vous n'avez pas accès à cette page" })).toBeVisible();
  await expect(guest.getByText("Votre rôle dans Acme Web Agency est Comptabilité.")).toBeVisible();
  expect(await db.membership.count({ where: { user: { email: invitee }, role: "ACCOUNTING" } })).toBe(1);

  // The switcher wins over the browser's language, and stays.
  await guest.getByRole("button", { name: "English" }).click();
  await expect(guest.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  await guest.goto("/orgs");
  await expect(guest.getByRole("heading", { name: "Your organisations" })).toBeVisible();
  await guestContext.close();
});
