import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { getLocale } from "next-intl/server";
import { db } from "@/lib/db";
import { ServiceError } from "@/lib/errors";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { publicBaseUrl } from "@/lib/request-origin";
import { authenticate, SIGN_IN_LINK_MAX_AGE_SECONDS, sendSignInLink, signInLinkMaySignIn } from "@/lib/users/service";

// The session token carries the user's id (sub) and nothing about roles: every
// request reads the membership from the database (lib/organisations/access.ts).
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
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
        const forwarded = request?.headers?.["x-forwarded-for"];
        const ipAddress = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim() ?? null;
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
    jwt: ({ token, user }) => (user ? { sub: user.id, email: user.email, name: user.name } : token),
    session: ({ session, token }) => ({ ...session, user: { ...session.user, id: token.sub } }),
  },
};
