import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { assertRole } from "../permissions";
import { ZUuid } from "../schemas/fact";
import type { Tx } from "../tx";
import { assertAnotherActiveAdmin, lockUser } from "./load-user-for-change";
import { type TRole, ZRole } from "./schemas";

/** Change an account's role. Its sessions end, so the new role applies from the next sign-in. */
export async function changeUserRole(options: { userId: string; role: TRole; actor: Actor; tx?: Tx }) {
  assertRole(options.actor, "ADMIN");
  const userId = parseInput(ZUuid, options.userId);
  const role = parseInput(ZRole, options.role);
  const run = async (tx: Tx) => {
    const user = await lockUser(tx, userId);
    if (user.role === role) return { userId, changed: false };
    if (user.role === "ADMIN") await assertAnotherActiveAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
    await writeAuditEvent(tx, {
      actor: options.actor,
      event: { type: "user.role_changed", payload: { userId, email: user.email, from: user.role, to: role } },
    });
    return { userId, changed: true };
  };
  // A caller's transaction (tests use one to stage "the last admin" without touching others).
  return options.tx ? run(options.tx) : getDb().$transaction(run);
}
