import { ZUuid } from "@dyad/core/schemas/fact";
import type { Actor } from "../actor";
import { getDb } from "../client";
import type { Tx } from "../tx";
import { normalizeEmail } from "../users/normalize-email";

/**
 * The actor behind a session, read from the database on every request: null when the account
 * is gone or disabled, or when the session predates a "sign out everywhere", a role change or a
 * password change (session_version moved on). The role always comes from the database, never
 * from the session cookie. `db`: a server action's write transaction, so the check is that
 * transaction's first read instead of a commit of its own (the same row, read at the same point).
 */
export async function getSessionActor(options: { userId: string; sessionVersion: number }, db: Tx = getDb()) {
  const id = ZUuid.safeParse(options.userId);
  if (!id.success || !Number.isInteger(options.sessionVersion)) return null;
  const user = await db.user.findUnique({
    where: { id: id.data },
    select: { id: true, name: true, email: true, role: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== options.sessionVersion) return null;
  const actor: Actor & { id: string } = { id: user.id, name: user.name, role: user.role };
  return { actor, email: user.email };
}

/** For sign-in with an external provider: only existing, enabled accounts, with exactly that email. */
export async function findUserForExternalSignIn(options: { email: string }) {
  const user = await getDb().user.findFirst({
    where: { email: normalizeEmail(options.email), disabledAt: null },
    select: { id: true, sessionVersion: true },
  });
  return user;
}
