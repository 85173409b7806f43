import { beforeEach, describe, expect, it } from "vitest";
import { authenticate, signUp } from "@/lib/users/service";
import { resetDemoData, testDb } from "@/tests/helpers/database";

beforeEach(async () => {
  await resetDemoData();
  await testDb.rateLimit.deleteMany();
});

describe("authenticate", () => {
  it("accepts the right password whatever the case of the e-mail, and refuses a wrong one alike for unknown accounts", async () => {
    await expect(authenticate({ email: "Admin@ACME.test", password: "atelier-demo" })).resolves.toMatchObject({ email: "admin@acme.test" });
    await expect(authenticate({ email: "admin@acme.test", password: "wrong-password" })).resolves.toBeNull();
    await expect(authenticate({ email: "nobody@acme.test", password: "atelier-demo" })).resolves.toBeNull();
    await expect(authenticate({ email: "not an e-mail", password: "x" })).resolves.toBeNull();
  });

  it("refuses even the right password after 10 failures on the account, from whatever address they came", async () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      // A guesser spreading the guesses over addresses gets no fresh count per address.
      await expect(authenticate({ email: "dev@acme.test", password: `guess-${attempt}` }, { ipAddress: `203.0.113.${attempt}` })).resolves.toBeNull();
    }
    for (const ipAddress of ["203.0.113.0", "198.51.100.1", null]) {
      await expect(authenticate({ email: "dev@acme.test", password: "atelier-demo" }, { ipAddress })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    }
    // Other accounts are not affected.
    await expect(authenticate({ email: "manager@acme.test", password: "atelier-demo" }, { ipAddress: "203.0.113.0" })).resolves.toMatchObject({ email: "manager@acme.test" });
  });

  it("refuses an address that failed on 100 accounts, for any account", async () => {
    const ipAddress = "203.0.113.50";
    for (let attempt = 0; attempt < 100; attempt++) {
      await authenticate({ email: `nobody-${attempt}@example.test`, password: "guess" }, { ipAddress });
    }
    await expect(authenticate({ email: "admin@acme.test", password: "atelier-demo" }, { ipAddress })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(authenticate({ email: "admin@acme.test", password: "atelier-demo" }, { ipAddress: "198.51.100.9" })).resolves.toMatchObject({ email: "admin@acme.test" });
  });
});

describe("signUp", () => {
  it("creates the user with a hashed password and a Personal space where they are Admin", async () => {
    const user = await signUp({ name: "Zoé", email: " Zoe@Example.test ", password: "a-long-password" });
    const stored = await testDb.user.findUniqueOrThrow({ where: { id: user.id }, include: { memberships: { include: { organisation: true } } } });
    expect(stored.email).toBe("zoe@example.test");
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.memberships).toHaveLength(1);
    expect(stored.memberships[0]).toMatchObject({ role: "ADMIN", organisation: { personalOwnerId: user.id } });
  });

  it("refuses an address that has an account, in any case, and writes nothing", async () => {
    const users = await testDb.user.count();
    await expect(signUp({ name: "Again", email: "ADMIN@acme.test", password: "a-long-password" })).rejects.toMatchObject({ code: "EMAIL_TAKEN" });
    await expect(signUp({ name: "", email: "x@example.test", password: "short" })).rejects.toMatchObject({
      fieldErrors: { name: "validation.nameRequired", password: "validation.passwordTooShort" },
    });
    expect(await testDb.user.count()).toBe(users);
    expect(await testDb.organisation.count({ where: { name: "Again" } })).toBe(0);
  });
});
