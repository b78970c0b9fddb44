import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { writeAuditEvent } from "../audit/write-audit-event";
import { markLoginSucceeded, recordLoginFailure, reserveLoginAttempt } from "../auth/login-throttle";
import { getDb } from "../client";
import { AppError } from "../errors";
import { defineOperation } from "../lib/define-operation";
import { hasRole, roleRefusal } from "../permissions";
import { lockUser } from "./load-user-for-change";
import { hashPassword, verifyPassword } from "./password";
import { ZPassword } from "./schemas";

/**
 * Set a new password: users change their own (they must give the current one), admins reset
 * anyone's. Either way every session of the account ends, so a stolen session dies with the
 * old password.
 */
export const changePassword = defineOperation({
  minRole: "EDITOR",
  input: {
    userId: ZUuid,
    currentPassword: z.string().optional(),
    newPassword: ZPassword,
    /** The client's address, for the throttle on guessing the current password. */
    ip: z.string().optional(),
  },
  // A wrong guess must stay recorded although the change is refused, so only the write below is
  // one transaction, and hashing (slow on purpose) holds no row lock.
  transaction: false,
  async run({ input: { userId, currentPassword, newPassword, ip }, actor }) {
    const byAdmin = userId !== actor.id;
    if (byAdmin && !hasRole(actor, "ADMIN")) throw roleRefusal("ADMIN");
    if (!byAdmin) {
      const stored = await getDb().user.findUnique({
        where: { id: userId },
        select: { passwordHash: true, email: true },
      });
      // A guess at the current password is a sign-in attempt: throttled and audited as one, so a
      // stolen session cannot try passwords faster than the sign-in form allows.
      const attempt = await reserveLoginAttempt(stored?.email ?? userId, ip ?? "unknown").catch((error) => {
        // Shown beside the field; the session itself is fine (UNAUTHENTICATED would say otherwise).
        if (!(error instanceof AppError)) throw error;
        throw new AppError("INVALID", `currentPassword: ${error.message}`, {
          ...error.details,
          issues: [{ path: "currentPassword", message: error.message }],
        });
      });
      const ok = stored?.passwordHash && (await verifyPassword(stored.passwordHash, currentPassword ?? ""));
      if (!ok) {
        await recordLoginFailure(attempt, attempt.email);
        throw new AppError("INVALID", "currentPassword: That is not your current password", {
          issues: [{ path: "currentPassword", message: "That is not your current password" }],
        });
      }
      await markLoginSucceeded(attempt, actor, false);
    }
    const passwordHash = await hashPassword(newPassword);
    await getDb().$transaction(async (tx) => {
      const user = await lockUser(tx, userId);
      await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
      await writeAuditEvent(tx, {
        actor: actor,
        event: { type: "user.password_changed", payload: { userId, email: user.email, byAdmin } },
      });
    });
    return { userId };
  },
});
