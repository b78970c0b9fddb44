import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { assertRole } from "../permissions";
import { ZUuid } from "../schemas/fact";
import type { Tx } from "../tx";
import { assertAnotherActiveAdmin, lockUser } from "./load-user-for-change";

/**
 * Disable an account (it can no longer sign in and every session ends at once) or enable it
 * again. Accounts are never deleted: history names their authors.
 */
export async function setUserDisabled(options: { userId: string; disabled: boolean; actor: Actor; tx?: Tx }) {
  assertRole(options.actor, "ADMIN");
  const userId = parseInput(ZUuid, options.userId);
  if (options.disabled && userId === options.actor.id) {
    throw new AppError("INVALID", "You cannot disable your own account");
  }
  const run = async (tx: Tx) => {
    const user = await lockUser(tx, userId);
    if ((user.disabledAt !== null) === options.disabled) return { userId, changed: false };
    if (options.disabled && user.role === "ADMIN") await assertAnotherActiveAdmin(tx, userId);
    await tx.user.update({
      where: { id: userId },
      data: { disabledAt: options.disabled ? new Date() : null, sessionVersion: { increment: 1 } },
    });
    await writeAuditEvent(tx, {
      actor: options.actor,
      event: { type: options.disabled ? "user.disabled" : "user.enabled", payload: { userId, email: user.email } },
    });
    return { userId, changed: true };
  };
  // A caller's transaction (tests use one to stage "the last admin" without touching others).
  return options.tx ? run(options.tx) : getDb().$transaction(run);
}
