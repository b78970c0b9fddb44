import {
  type Actor,
  type AnyTx,
  AppError,
  getSessionActor,
  hasRole,
  inSqlTransaction,
  inTransaction,
  roleRefusal,
  type SqlTx,
  type TRole,
  type Tx,
} from "@dyad/db";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { env } from "@/env";
import { sessionCookieName } from "./options";
import { decodeSessionCookie, type SessionClaims, sessionToken } from "./session-cookie";

export type Role = TRole;
export type SignedInActor = Actor & { id: string; role: Role };

/** What the signed session cookie says (no database): whose session, and of which version. */
const sessionClaims = cache(async (): Promise<SessionClaims | null> => {
  // Every page depends on who asks: never prerender one at build time.
  await connection();
  const token = sessionToken((await cookies()).getAll(), sessionCookieName());
  return decodeSessionCookie(token, env().sessionSecret);
});

/**
 * Who is signed in, checked against the database on every request (once per render thanks to
 * React's cache): a disabled account or a session older than the account's session_version
 * counts as signed out.
 */
export const currentUser = cache(async (): Promise<{ actor: SignedInActor; email: string } | null> => {
  const session = await sessionClaims();
  if (!session) return null;
  const found = await getSessionActor(session);
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
  if (!user) throw signedOut();
  if (!hasRole(user.actor, minimum)) throw roleRefusal(minimum);
  return user.actor;
}

export { hasRole };

/**
 * For a server action that writes: `work` runs in one transaction whose first read is the same
 * check as requireActionActor's (account enabled, session version, role from the database), so
 * the check and the write commit once instead of twice (issue 21.4). Without a session cookie it
 * refuses before touching the database. `minimum` may depend on the input, read leniently.
 */
export async function withActionActor<T>(
  minimum: Role,
  work: (actor: SignedInActor, tx: Tx) => Promise<T>,
): Promise<T> {
  const session = await sessionClaims();
  if (!session) throw signedOut();
  return inTransaction(async (tx) => work(await transactionActor(session, minimum, tx), tx));
}

/**
 * withActionActor in a transaction on pg itself, no Prisma on the path (inSqlTransaction): for
 * the save of a revision and the approve, the editor's hottest writes (issue 21.4). `afterCommit`
 * runs an effect once the transaction committed, without the caller waiting.
 */
export async function withActionActorOnPg<T>(
  minimum: Role,
  work: (actor: SignedInActor, tx: SqlTx, afterCommit: (effect: () => Promise<unknown>) => void) => Promise<T>,
): Promise<T> {
  const session = await sessionClaims();
  if (!session) throw signedOut();
  return inSqlTransaction(async (tx, afterCommit) =>
    work(await transactionActor(session, minimum, tx), tx, afterCommit),
  );
}

/** The session's account, read as the transaction's first statement, with at least `minimum`. */
async function transactionActor(session: SessionClaims, minimum: Role, tx: AnyTx): Promise<SignedInActor> {
  const found = await getSessionActor(session, tx);
  if (!found) throw signedOut();
  if (!hasRole(found.actor, minimum)) throw roleRefusal(minimum);
  return found.actor as SignedInActor;
}

function signedOut() {
  return new AppError("UNAUTHENTICATED", "Your session has ended: sign in again");
}
