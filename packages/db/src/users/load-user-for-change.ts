import { AppError, notFound } from "../errors";
import type { Tx } from "../tx";

/**
 * Lock an account row for an admin change, so two admins changing roles at once cannot both
 * remove "the other" last admin.
 */
export async function lockUser(tx: Tx, userId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM app_user WHERE id = ${userId}::uuid FOR UPDATE`;
  if (!rows[0]) throw notFound("User");
  return tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, role: true, disabledAt: true },
  });
}

/** Refuse a change that would leave no active admin to manage accounts. */
export async function assertAnotherActiveAdmin(tx: Tx, userId: string) {
  // Lock every active admin row: concurrent demotions serialise on them.
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM app_user WHERE role = 'ADMIN' AND disabled_at IS NULL ORDER BY id FOR UPDATE`;
  if (!admins.some((a) => a.id !== userId)) {
    throw new AppError("CONFLICT", "This is the last active admin: make someone else an admin first");
  }
}
