import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountForms } from "../../components/account-forms";
import { currentUser } from "../../lib/auth/session";
import { ROLE_LABELS } from "../../lib/labels";

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
      <AccountForms />
    </>
  );
}
