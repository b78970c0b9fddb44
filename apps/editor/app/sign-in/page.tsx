import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInPage } from "@/components/sign-in-page";
import { currentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/safe-return";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignIn(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl, error } = await props.searchParams;
  if (await currentUser()) redirect(safeReturnPath(callbackUrl));
  return <SignInPage callbackUrl={callbackUrl} error={error} />;
}
