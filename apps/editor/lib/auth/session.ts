import { type Actor, AppError, getSessionActor, hasRole, roleRefusal, type TRole } from "@dyad/db";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "./options";

export type Role = TRole;
export type SignedInActor = Actor & { id: string; role: Role };

/**
 * Who is signed in, checked against the database on every request (once per render thanks to
 * React's cache): a disabled account or a session older than the account's session_version
 * counts as signed out.
 */
export const currentUser = cache(async (): Promise<{ actor: SignedInActor; email: string } | null> => {
  // Every page depends on who asks: never prerender one at build time.
  await connection();
  const session = (await getServerSession(authOptions())) as { userId?: string | null; sv?: number } | null;
  if (!session?.userId || typeof session.sv !== "number") return null;
  const found = await getSessionActor({ userId: session.userId, sessionVersion: session.sv });
  if (!found) return null;
  return { actor: found.actor as SignedInActor, email: found.email };
});

/** For pages: the signed-in actor with at least `minimum`, or a redirect to sign in, or 403. */
export async function requirePageActor(minimum: Role, returnTo: string): Promise<SignedInActor> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!hasRole(user.actor, minimum)) forbidden();
  return user.actor;
}

/** For server actions and route handlers: the actor, or an AppError the caller maps. */
export async function requireActionActor(minimum: Role): Promise<SignedInActor> {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended: sign in again");
  if (!hasRole(user.actor, minimum)) throw roleRefusal(minimum);
  return user.actor;
}

export { hasRole };
