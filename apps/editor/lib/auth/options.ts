import { AppError, clientAddress, findUserForExternalSignIn, signInWithPassword, signOutSession } from "@dyad/db";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/env";
import { externalProviders } from "./providers";

/**
 * Served over https (NEXTAUTH_URL): cookies are Secure and carry the __Secure-/__Host- prefixes,
 * which browsers only accept from https and (for __Host-) only for this exact host.
 */
function servedOverHttps(): boolean {
  return env().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

/** The session cookie's name (session.ts reads it without the rest of the options). */
export function sessionCookieName(): string {
  return `${servedOverHttps() ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * next-auth with JWT sessions (the Credentials provider needs them). The cookie only says who
 * signed in and at which session_version: every request re-reads the account (session.ts), so
 * disabling it, changing its role or "sign out everywhere" takes effect at once.
 */
export function authOptions(): AuthOptions {
  const e = env();
  const maxAge = Math.round(e.DYAD_SESSION_HOURS * 3600);
  const secure = servedOverHttps();
  // HttpOnly: no script reads the session. SameSite=Lax: another site's form or fetch POST never
  // carries it (top-level GET navigations from links still do, and change nothing).
  const options = { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
  return {
    secret: e.sessionSecret,
    session: { strategy: "jwt", maxAge },
    jwt: { maxAge },
    useSecureCookies: secure,
    cookies: {
      sessionToken: { name: sessionCookieName(), options },
      csrfToken: { name: `${secure ? "__Host-" : ""}next-auth.csrf-token`, options },
      callbackUrl: { name: `${secure ? "__Secure-" : ""}next-auth.callback-url`, options },
    },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          try {
            const signedIn = await signInWithPassword({
              email: String(credentials?.email ?? ""),
              password: String(credentials?.password ?? ""),
              ip: clientAddress(req.headers ?? {}),
            });
            return {
              id: signedIn.actor.id,
              name: signedIn.actor.name,
              email: signedIn.email,
              sv: signedIn.sessionVersion,
            };
          } catch (error) {
            // next-auth hands this message to the sign-in form (as ?error=...).
            if (error instanceof AppError) throw new Error(error.message);
            console.error("Sign-in failed unexpectedly", error);
            throw new Error("Sign-in is not available right now: try again in a moment");
          }
        },
      }),
      ...externalProviders(),
    ],
    logger: {
      // A cookie that does not decrypt (junk, tampered, or signed with an old secret) is a
      // visitor who is not signed in, not a fault: one line each, no stack.
      error(code, metadata) {
        if (code === "JWT_SESSION_ERROR") console.warn("Ignored a session cookie that does not decrypt");
        else console.error(`Sign-in error ${code}:`, metadata instanceof Error ? metadata.message : metadata);
      },
      warn: (code) => console.warn(`next-auth warning: ${code}`),
      debug: () => {},
    },
    events: {
      // The cookie is deleted by next-auth; ending its session_version here makes a copy of it
      // useless too (session.ts refuses an older version).
      async signOut({ token }) {
        await signOutSession({ userId: token?.sub, sessionVersion: token?.sv });
      },
    },
    callbacks: {
      async signIn({ user, account }) {
        if (!account || account.provider === "credentials") return true;
        // External identities only open existing, enabled accounts with the same email.
        if (!user.email) return "/sign-in?error=NoEmail";
        return (await findUserForExternalSignIn({ email: user.email })) ? true : "/sign-in?error=NoAccount";
      },
      async jwt({ token, user, account }) {
        if (user && account?.provider === "credentials") {
          token.sub = user.id;
          token.sv = (user as { sv?: number }).sv ?? 0;
        } else if (user?.email && account) {
          const found = await findUserForExternalSignIn({ email: user.email });
          token.sub = found?.id;
          token.sv = found?.sessionVersion ?? -1;
        }
        return token;
      },
      async session({ session, token }) {
        return {
          expires: session.expires,
          userId: token.sub ?? null,
          sv: typeof token.sv === "number" ? token.sv : -1,
        };
      },
    },
  };
}
