import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { sendSignInLink, signInLinkMaySignIn } from "@/lib/users/service";
import { resetDemoData, testDb } from "@/tests/helpers/database";

const outbox = mkdtempSync(path.join(tmpdir(), "atelier-outbox-"));
process.env.ATELIER_OUTBOX_DIR = outbox;

type Sent = { to: { address: string }[]; subject: string; text: string };
const sentTo = (address: string): Sent[] =>
  readdirSync(outbox)
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(outbox, file), "utf8")) as Sent)
    .filter((message) => message.to.some((to) => to.address === address));

const context = { locale: "en" as const, baseUrl: "https://console.example.test" };
const link = (email: string) => ({
  email,
  url: `https://console.example.test/api/auth/callback/email?token=t-${Math.random()}&email=${encodeURIComponent(email)}`,
  expiresAt: new Date(Date.now() + 15 * 60_000),
});

beforeEach(async () => {
  await resetDemoData();
  await testDb.rateLimit.deleteMany();
});

describe("sendSignInLink", () => {
  it("e-mails the link to an existing account, in the asker's language", async () => {
    const request = link("dev@acme.test");
    await sendSignInLink(request, { ...context, locale: "fr" });
    const [message] = sentTo("dev@acme.test");
    expect(message.subject).toBe("Votre lien de connexion à Atelier");
    expect(message.text).toContain(request.url);
    expect(message.text).toContain("ne sert qu'une fois");
  });

  it("tells an address without an account that it has none, with no sign-in link", async () => {
    const request = link("stranger@example.test");
    await sendSignInLink(request, context);
    const [message] = sentTo("stranger@example.test");
    expect(message.subject).toBe("Signing in to Atelier");
    expect(message.text).not.toContain(request.url);
    expect(message.text).toContain("https://console.example.test/signup");
  });

  it("refuses an invalid address and sends nothing", async () => {
    await expect(sendSignInLink(link("not-an-address"), context)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(sentTo("not-an-address")).toHaveLength(0);
  });

  it("sends 5 links to one address in 15 minutes, then refuses, whatever the case of the address", async () => {
    for (let sent = 0; sent < 5; sent++) await sendSignInLink(link(sent % 2 ? "Manager@Acme.test" : "manager@acme.test"), context);
    await expect(sendSignInLink(link("manager@acme.test"), context)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(sentTo("manager@acme.test")).toHaveLength(5);
    await expect(sendSignInLink(link("dev@acme.test"), context)).resolves.toBeUndefined();
  });
});

describe("signInLinkMaySignIn", () => {
  it("admits an existing account only, never one the link would create", async () => {
    const dev = await testDb.user.findUniqueOrThrow({ where: { email: "dev@acme.test" } });
    await expect(signInLinkMaySignIn(dev.id)).resolves.toBe(true);
    // next-auth names an unknown address's would-be user by the address itself.
    await expect(signInLinkMaySignIn("stranger@example.test")).resolves.toBe(false);
    expect(await testDb.user.count({ where: { email: "stranger@example.test" } })).toBe(0);
  });
});
