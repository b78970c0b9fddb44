import { verifiedPrimaryEmail } from "@dyad/db";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import type { Provider } from "next-auth/providers/index";
import { env } from "@/env";

/**
 * Sign-in providers besides email and password, each on when its variables are set. They only
 * let existing, enabled accounts in (matched by verified email, see options.ts): admins create
 * accounts; an identity provider never does.
 */
export function externalProviders(): Provider[] {
  const e = env();
  const providers: Provider[] = [];
  if (e.DYAD_OIDC_ISSUER && e.DYAD_OIDC_CLIENT_ID && e.DYAD_OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: e.DYAD_OIDC_NAME,
      type: "oauth",
      wellKnown: `${e.DYAD_OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: e.DYAD_OIDC_CLIENT_ID,
      clientSecret: e.DYAD_OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile: (p: { sub: string; email?: string; email_verified?: boolean; name?: string }) => ({
        id: p.sub,
        email: p.email_verified === false ? null : (p.email ?? null),
        name: p.name ?? p.email ?? null,
      }),
    });
  }
  if (e.GITHUB_ID && e.GITHUB_SECRET) {
    providers.push(
      GitHubProvider({
        clientId: e.GITHUB_ID,
        clientSecret: e.GITHUB_SECRET,
        // next-auth's default takes the profile's public email, or the primary one whether or not
        // GitHub verified it. Here the email is always the verified primary one from /user/emails
        // (scope user:email), or null, which the sign-in refuses (options.ts: NoEmail).
        userinfo: {
          url: "https://api.github.com/user",
          async request({ client, tokens }) {
            const profile = await client.userinfo(tokens.access_token ?? "");
            const answer = await fetch("https://api.github.com/user/emails", {
              headers: { Authorization: `Bearer ${tokens.access_token}`, Accept: "application/vnd.github+json" },
            });
            const email = answer.ok ? verifiedPrimaryEmail(await answer.json()) : null;
            return { ...profile, email: email ?? undefined };
          },
        },
      }),
    );
  }
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: e.GOOGLE_CLIENT_ID, clientSecret: e.GOOGLE_CLIENT_SECRET }));
  }
  return providers;
}

/** For the sign-in page: which buttons to show. */
export function externalProviderButtons(): { id: string; name: string }[] {
  return externalProviders().map((p) => ({ id: p.id, name: p.name }));
}
