import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { ServiceError } from "@/lib/errors";
import { authenticate } from "@/lib/users/service";

// The session token carries the user's id (sub) and nothing about roles: every
// request reads the membership from the database (lib/organisations/access.ts).
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login", signOut: "/logout", error: "/login" },
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
  ],
  callbacks: {
    jwt: ({ token, user }) => (user ? { sub: user.id, email: user.email, name: user.name } : token),
    session: ({ session, token }) => ({ ...session, user: { ...session.user, id: token.sub } }),
  },
};
