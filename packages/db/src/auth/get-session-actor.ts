import { ZUuid } from "@dyad/core/schemas/fact";
import type { Actor } from "../actor";
import { getDb } from "../client";
import { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { type AnyTx, queryRows } from "../tx";
import { normalizeEmail } from "../users/normalize-email";

/**
 * The actor behind a session, read from the database on every request: null when the account
 * is gone or disabled, or when the session predates a "sign out everywhere", a role change or a
 * password change (session_version moved on). The role always comes from the database, never
 * from the session cookie. `db`: a server action's write transaction, so the check is that
 * transaction's first read instead of a commit of its own (the same row, read at the same point).
 */
export async function getSessionActor(options: { userId: string; sessionVersion: number }, db: AnyTx = getDb()) {
  const id = ZUuid.safeParse(options.userId);
  if (!id.success || !Number.isInteger(options.sessionVersion)) return null;
  // Raw SQL: it runs on every editor request, where Prisma's query building cost more CPU than
  // the read (issue 21.4, BENCHMARKS.md).
  const [user] = await queryRows<{
    id: string;
    name: string;
    email: string;
    role: Role;
    disabled_at: Date | null;
    session_version: number;
  }>(
    db,
    Prisma.sql`SELECT id::text, name, email, role::text AS role, disabled_at, session_version
                 FROM app_user WHERE id = ${id.data}::uuid`,
  );
  if (!user || user.disabled_at || user.session_version !== options.sessionVersion) return null;
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
