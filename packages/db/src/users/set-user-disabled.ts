import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import { defineOperation } from "../lib/define-operation";
import { assertAnotherActiveAdmin, lockUser } from "./load-user-for-change";

/**
 * Disable an account (it can no longer sign in and every session ends at once) or enable it
 * again. Accounts are never deleted: history names their authors. Tests pass their own `tx` to
 * stage "the last admin" without touching others.
 */
export const setUserDisabled = defineOperation({
  minRole: "ADMIN",
  input: { userId: ZUuid, disabled: z.boolean() },
  async run({ input: { userId, disabled }, actor, tx }) {
    if (disabled && userId === actor.id) throw new AppError("INVALID", "You cannot disable your own account");
    const user = await lockUser(tx, userId);
    if ((user.disabledAt !== null) === disabled) return { userId, changed: false };
    if (disabled && user.role === "ADMIN") await assertAnotherActiveAdmin(tx, userId);
    await tx.user.update({
      where: { id: userId },
      data: { disabledAt: disabled ? new Date() : null, sessionVersion: { increment: 1 } },
    });
    await writeAuditEvent(tx, {
      actor,
      event: { type: disabled ? "user.disabled" : "user.enabled", payload: { userId, email: user.email } },
    });
    return { userId, changed: true };
  },
});
