import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountForms } from "@/components/account-forms";
import { currentUser } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await currentUser();
  if (!user) redirect("/sign-in?callbackUrl=%2Faccount");
  return (
    <>
      <h1>Your account</h1>
      <p>
        {user.actor.name} · {user.email} · {ROLE_LABELS[user.actor.role]}
      </p>
      <p>
        <Link href="/account/tokens">API tokens</Link>: create, see when each was last used, revoke.
      </p>
      <AccountForms />
    </>
  );
}
