// Sign-in by e-mailed link: asked on /login, followed from the e-mail (the outbox here),
// single use, same answer for addresses with and without an account, in both languages.
import { allMessages, expect, test, waitForMessageTo, type OutboxMessage } from "./fixtures";

function signInUrl(message: OutboxMessage): string {
  const match = message.text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/);
  if (!match) throw new Error(`No sign-in link in "${message.subject}".`);
  return match[0];
}

test("a member asks for a link, follows it once to the page asked for, and a second use is refused", async ({ page, browser, db }) => {
  await db.rateLimit.deleteMany();
  const before = allMessages();
  await page.goto("/login?callbackUrl=%2Forgs%2Facme%2Fapplications");
  const form = page.getByRole("form", { name: "Or get a sign-in link by e-mail" });
  await form.getByLabel("E-mail").fill("Dev@Acme.test");
  await form.getByRole("button", { name: "E-mail me a sign-in link" }).click();
  await expect(form.getByRole("status")).toContainText("If an account uses dev@acme.test, a sign-in link is on its way.");

  const message = await waitForMessageTo("dev@acme.test", before);
  expect(message.subject).toBe("Your sign-in link for Atelier");
  const url = signInUrl(message);
  // The token is stored hashed: the one in the link is nowhere in the database.
  const token = new URL(url).searchParams.get("token")!;
  expect(await db.verificationToken.count({ where: { token } })).toBe(0);
  expect(await db.verificationToken.count({ where: { identifier: "dev@acme.test" } })).toBe(1);

  await page.goto(url);
  await expect(page).toHaveURL(/\/orgs\/acme\/applications$/);
  await expect(page.getByRole("heading", { name: "Applications" })).toBeVisible();
  await expect(page.getByText("Dana Lefèvre")).toBeVisible();
  expect(await db.verificationToken.count({ where: { identifier: "dev@acme.test" } })).toBe(0);

  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(url);
  await expect(second).toHaveURL(/\/login\?/);
  // (Next.js keeps an empty route announcer with the alert role too.)
  await expect(second.getByRole("alert").filter({ hasText: "This sign-in link has expired or was already used." })).toBeVisible();
  await second.goto("/orgs");
  await expect(second).toHaveURL(/\/login\?callbackUrl=%2Forgs$/);
  await other.close();
});

test("an address without an account gets the same answer on the page, and an e-mail without a link", async ({ page, db }) => {
  await db.rateLimit.deleteMany();
  const stranger = `stranger-${Date.now()}@example.test`;
  const before = allMessages();
  await page.goto("/login");
  const form = page.getByRole("form", { name: "Or get a sign-in link by e-mail" });
  await form.getByLabel("E-mail").fill(stranger);
  await form.getByRole("button", { name: "E-mail me a sign-in link" }).click();
  await expect(form.getByRole("status")).toContainText(`If an account uses ${stranger}, a sign-in link is on its way.`);

  const message = await waitForMessageTo(stranger, before);
  expect(message.subject).toBe("Signing in to Atelier");
  expect(message.text).toContain("no account uses this address");
  expect(message.text).not.toContain("/api/auth/callback/email");
  expect(await db.user.count({ where: { email: stranger } })).toBe(0);
});

test("a mistyped address is refused on the form and nothing is sent", async ({ page }) => {
  const before = allMessages().length;
  await page.goto("/login");
  const form = page.getByRole("form", { name: "Or get a sign-in link by e-mail" });
  await form.getByLabel("E-mail").fill("dev@");
  await form.getByRole("button", { name: "E-mail me a sign-in link" }).click();
  await expect(form.getByRole("alert")).toContainText("Check the e-mail address.");
  await expect(form.getByLabel("E-mail")).toHaveValue("dev@");
  expect(allMessages()).toHaveLength(before);
});

test.describe("en français", () => {
  test.use({ locale: "fr-FR" });

  test("une comptable reçoit le lien en français et arrive sur la facturation", async ({ page, db }) => {
    await db.rateLimit.deleteMany();
    const before = allMessages();
    await page.goto("/login?callbackUrl=%2Forgs%2Facme");
    const form = page.getByRole("form", { name: "Ou recevoir un lien de connexion par e-mail" });
    await form.getByLabel("E-mail").fill("accounting@acme.test");
    await form.getByRole("button", { name: "M'envoyer un lien de connexion" }).click();
    await expect(form.getByRole("status")).toContainText("un lien de connexion est en route");

    const message = await waitForMessageTo("accounting@acme.test", before);
    expect(message.subject).toBe("Votre lien de connexion à Atelier");
    await page.goto(signInUrl(message));
    // Accounting sees billing only: the overview sends it there.
    await expect(page).toHaveURL(/\/orgs\/acme\/billing$/);
    await expect(page.getByRole("heading", { name: "Facturation", level: 1 })).toBeVisible();
  });
});
