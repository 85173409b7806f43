import { beforeEach, describe, expect, it } from "vitest";
import { closeSession, findSessionUser, openSession } from "@/lib/sessions/service";
import { actorFor, resetDemoData, testDb } from "@/tests/helpers/database";

beforeEach(resetDemoData);

describe("sessions", () => {
  it("finds the user of an open session, stores only a hash of its id, and forgets it once closed", async () => {
    const dev = await actorFor("dev@acme.test");
    const sessionId = await openSession(dev.userId);
    await expect(findSessionUser(sessionId)).resolves.toMatchObject({ id: dev.userId, email: "dev@acme.test" });
    expect(await testDb.session.count({ where: { sessionToken: sessionId } })).toBe(0);
    await closeSession(sessionId);
    await expect(findSessionUser(sessionId)).resolves.toBeNull();
    await expect(findSessionUser("not-a-session")).resolves.toBeNull();
  });

  it("refuses an expired session, and clears the user's expired ones at the next sign-in", async () => {
    const dev = await actorFor("dev@acme.test");
    const sessionId = await openSession(dev.userId);
    await testDb.session.updateMany({ where: { userId: dev.userId }, data: { expires: new Date(Date.now() - 1000) } });
    await expect(findSessionUser(sessionId)).resolves.toBeNull();
    await openSession(dev.userId);
    expect(await testDb.session.count({ where: { userId: dev.userId } })).toBe(1);
  });
});
