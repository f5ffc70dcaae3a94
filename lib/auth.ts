// Sign-in (next-auth 4, Credentials, JWT) and the one way every page, action and handler learns who is acting.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getServerSession, type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getLocale } from "next-intl/server";
import type { TActor, TRole } from "./domain/access";
import { IDLE_SECONDS, sessionExpired } from "./domain/session";
import { clientIpFrom } from "./client-ip";
import { ZSignIn } from "./schemas/auth";
import { loadActiveUser, recordSignOut, signIn } from "./server/accounts";

export async function clientIp(): Promise<string | null> {
  const h = await headers();
  return clientIpFrom((name) => h.get(name));
}

declare module "next-auth" {
  interface Session {
    user: { id: string; role: TRole; name: string };
  }
  interface User {
    role: TRole;
    sessionVersion: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: TRole;
    sv?: number;
    /** Sign-in time in seconds, for the absolute limit. */
    authAt?: number;
  }
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: IDLE_SECONDS, updateAge: 0 },
  jwt: { maxAge: IDLE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { identifier: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = ZSignIn.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error("invalid");
        const ip = clientIpFrom((name) => {
          const value = req.headers?.[name] as string | string[] | undefined;
          return Array.isArray(value) ? value[0] : value;
        });
        const result = await signIn(parsed.data.identifier, parsed.data.password, ip);
        // The message reaches the sign-in form as `error`; it names the case, never the account's details.
        if (!result.ok) throw new Error(result.reason);
        return {
          id: result.user.id,
          name: result.user.displayName,
          role: result.user.role,
          sessionVersion: result.user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.authAt = Math.floor(Date.now() / 1000);
        return token;
      }
      // Every read of the session (the header asks /api/auth/session) checks it is still live: after a sign-out
      // elsewhere, a password change or a disabled account, a leftover cookie must not look signed in. Throwing makes
      // next-auth clear the cookie and answer with no session.
      if (
        !token.uid ||
        token.sv === undefined ||
        sessionExpired(token.authAt) ||
        !(await loadActiveUser(token.uid, token.sv))
      ) {
        throw new Error("session ended");
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { id: token.uid ?? "", role: token.role ?? "TALENT", name: token.name ?? "" };
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.uid) await recordSignOut(token.uid);
    },
  },
};

/** The acting user for this request, checked against the database: null for visitors and for ended sessions. */
export const getActor = cache(async (): Promise<TActor | null> => {
  const session = await getServerSession({
    ...authOptions,
    callbacks: {
      ...authOptions.callbacks,
      // Carry the raw claims through so the checks below can see them.
      session: ({ session, token }) => ({ ...session, token }) as typeof session,
    },
  });
  const token = (session as unknown as { token?: { uid?: string; sv?: number; authAt?: number } } | null)?.token;
  if (!token?.uid || token.sv === undefined || sessionExpired(token.authAt)) return null;
  return loadActiveUser(token.uid, token.sv);
});

/** For pages: sends visitors to sign in, and shows the 403 page to people of another role. */
export async function requireRole(roles: readonly TRole[]): Promise<TActor> {
  const actor = await getActor();
  if (!actor) {
    // proxy.ts sends visitors here with the page to return to; this covers sessions ended since.
    const locale = await getLocale();
    redirect(`${locale === "zh-CN" ? "" : `/${locale}`}/sign-in?expired=1`);
  }
  if (!roles.includes(actor.role)) forbidden();
  return actor;
}
