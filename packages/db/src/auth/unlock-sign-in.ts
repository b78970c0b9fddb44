import { ZUuid } from "@dyad/core/schemas/fact";
import { writeAuditEvent } from "../audit/write-audit-event";
import { defineOperation } from "../lib/define-operation";
import { lockUser } from "../users/load-user-for-change";

/** Marks the row an admin's unlock writes; never a client's address (those are IPs or "unknown"). */
export const UNLOCKED_BY_ADMIN = "unlocked-by-admin";

/**
 * An admin lifts an account's sign-in lock: the account's failures so far stop counting, as
 * after a successful sign-in (login_attempt keeps them). Locks of attacking addresses stay.
 */
export const unlockSignIn = defineOperation({
  minRole: "ADMIN",
  input: { userId: ZUuid },
  async run({ input: { userId }, actor, tx }) {
    const user = await lockUser(tx, userId);
    await tx.loginAttempt.create({ data: { email: user.email, ip: UNLOCKED_BY_ADMIN, success: true } });
    await writeAuditEvent(tx, { actor, event: { type: "auth.unlocked", payload: { userId, email: user.email } } });
    return { userId };
  },
});
