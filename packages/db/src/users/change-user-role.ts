import { ZUuid } from "@dyad/core/schemas/fact";
import { writeAuditEvent } from "../audit/write-audit-event";
import { defineOperation } from "../lib/define-operation";
import { assertAnotherActiveAdmin, lockUser } from "./load-user-for-change";
import { ZRole } from "./schemas";

/**
 * Change an account's role. Its sessions end, so the new role applies from the next sign-in.
 * Tests pass their own `tx` to stage "the last admin" without touching others.
 */
export const changeUserRole = defineOperation({
  minRole: "ADMIN",
  input: { userId: ZUuid, role: ZRole },
  async run({ input: { userId, role }, actor, tx }) {
    const user = await lockUser(tx, userId);
    if (user.role === role) return { userId, changed: false };
    if (user.role === "ADMIN") await assertAnotherActiveAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
    await writeAuditEvent(tx, {
      actor,
      event: { type: "user.role_changed", payload: { userId, email: user.email, from: user.role, to: role } },
    });
    return { userId, changed: true };
  },
});
