import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { getLocale } from "next-intl/server";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address";
import { db } from "@/lib/db";
import { ServiceError } from "@/lib/errors";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { publicBaseUrl } from "@/lib/request-origin";
import { closeSession, findSessionUser, openSession, SESSION_MAX_AGE_SECONDS } from "@/lib/sessions/service";
import { authenticate, SIGN_IN_LINK_MAX_AGE_SECONDS, sendSignInLink, signInLinkMaySignIn } from "@/lib/users/service";

// The session token carries the user's id (sub) and the id of its Session row (sid),
// nothing about roles: every request checks the session and reads the membership from
// the database (lib/sessions/service.ts, lib/organisations/access.ts).
const SESSION_CLOSED = "SESSION_CLOSED";

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", signOut: "/logout", error: "/login" },
  // The adapter serves the e-mail provider only: its verification tokens (stored hashed,
  // single use) and the lookup of the account by address. Sessions stay JWTs.
  adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "E-mail and password",
      credentials: {
        email: { label: "E-mail", type: "email" },
        password: { label: "Password", type: "password" },
      },
      // A refusal other than a wrong password reaches the form as its error code.
      authorize: async (credentials, request) => {
        const vouched = request?.headers?.[CLIENT_ADDRESS_HEADER];
        const ipAddress = (Array.isArray(vouched) ? vouched[0] : vouched) ?? null;
        try {
          return await authenticate(credentials, { ipAddress });
        } catch (error) {
          if (error instanceof ServiceError) throw new Error(error.code);
          throw error;
        }
      },
    }),
    EmailProvider({
      maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
      // Atelier's own e-mail (SMTP_URL, or the local outbox) in the reader's language.
      sendVerificationRequest: async ({ identifier, url, expires }) => {
        const locale = await getLocale();
        try {
          await sendSignInLink(
            { email: identifier, url, expiresAt: expires },
            { locale: isLocale(locale) ? locale : DEFAULT_LOCALE, baseUrl: await publicBaseUrl() },
          );
        } catch (error) {
          if (error instanceof ServiceError) throw new Error(error.code);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    // A link is sent for any address (sendSignInLink answers unknown ones itself), but a
    // followed link signs in an existing account only: it never creates one.
    signIn: async ({ user, account, email }) => {
      if (account?.provider !== "email" || email?.verificationRequest) return true;
      return signInLinkMaySignIn(user.id);
    },
    jwt: async ({ token, user }) => {
      if (user) return { sub: user.id, email: user.email, name: user.name, sid: await openSession(user.id) };
      // Reading a session (/api/auth/session) with a token whose Session row was closed:
      // next-auth answers "no session" and clears the cookie when this callback throws.
      if (typeof token.sid !== "string" || !(await findSessionUser(token.sid))) throw new Error(SESSION_CLOSED);
      return token;
    },
    session: ({ session, token }) => ({ ...session, user: { ...session.user, id: token.sub } }),
  },
  // A closed session read again is expected (a copied cookie, another tab): not an error to log.
  logger: {
    error: (code, metadata) => {
      if (code === "JWT_SESSION_ERROR" && metadata instanceof Error && metadata.message === SESSION_CLOSED) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
  events: {
    signOut: async ({ token }) => {
      if (typeof token?.sid === "string") await closeSession(token.sid);
    },
  },
};
