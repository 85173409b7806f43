import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";

// A signed-in browser holds a signed token (next-auth's JWT) that names one row of
// Session: signing out deletes the row, so a copied cookie stops working at once, on
// every instance. The row stores the sha256 of the id the token carries, as invitation
// and API tokens do. The token itself still carries no role: memberships are read per request.

/** How long a sign-in lasts: the token's maxAge and the row's expiry. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

function hashSessionId(sessionId: string): string {
  return createHash("sha256").update(sessionId).digest("hex");
}

/** Records a new sign-in of `userId`; the returned id goes into the session token. */
export async function openSession(userId: string): Promise<string> {
  const sessionId = randomBytes(32).toString("base64url");
  // The user's expired sessions go as a new one comes, so the table keeps only live ones.
  await db.session.deleteMany({ where: { userId, expires: { lte: new Date() } } });
  await db.session.create({
    data: { sessionToken: hashSessionId(sessionId), userId, expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) },
  });
  return sessionId;
}

/** The user of a live session; null once it was closed or has expired. */
export async function findSessionUser(sessionId: string) {
  const session = await db.session.findUnique({
    where: { sessionToken: hashSessionId(sessionId) },
    select: { expires: true, user: { select: { id: true, email: true, name: true, image: true } } },
  });
  return session && session.expires > new Date() ? session.user : null;
}

export async function closeSession(sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken: hashSessionId(sessionId) } });
}
