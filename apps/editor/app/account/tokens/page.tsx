import { listApiTokens } from "@dyad/db";
import type { Metadata } from "next";
import Link from "next/link";
import { ApiTokens } from "@/components/api-tokens";
import { hasRole, requirePageActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "API tokens" };

/** The token page docs/api.md promises: create with scopes and expiry, list with last use, revoke. */
export default async function ApiTokensPage() {
  const actor = await requirePageActor("EDITOR", "/account/tokens");
  const tokens = await listApiTokens({ actor });
  return (
    <>
      <h1>API tokens</h1>
      <p>
        Scripts use a token to write drafts (and reviewers, to cut releases) through the public API, as you: see{" "}
        <Link href="/account">your account</Link> to sign out everywhere and revoke them all at once.
      </p>
      <ApiTokens tokens={tokens} mayRelease={hasRole(actor, "REVIEWER")} />
    </>
  );
}
