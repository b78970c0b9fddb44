import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { markLoginSucceeded, recordLoginFailure, reserveLoginAttempt } from "../auth/login-throttle";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { assertRole } from "../permissions";
import { ZUuid } from "../schemas/fact";
import { lockUser } from "./load-user-for-change";
import { hashPassword, verifyPassword } from "./password";
import { ZPassword } from "./schemas";

/**
 * Set a new password: users change their own (they must give the current one), admins reset
 * anyone's. Either way every session of the account ends, so a stolen session dies with the
 * old password.
 */
export async function changePassword(options: {
  userId: string;
  currentPassword?: string;
  newPassword: string;
  actor: Actor;
  /** The client's address, for the throttle on guessing the current password. */
  ip?: string;
}) {
  const userId = parseInput(ZUuid, options.userId);
  const byAdmin = userId !== options.actor.id;
  if (byAdmin) assertRole(options.actor, "ADMIN");
  const newPassword = parseInput(ZPassword, options.newPassword);
  if (!byAdmin) {
    const stored = await getDb().user.findUnique({
      where: { id: userId },
      select: { passwordHash: true, email: true },
    });
    // A guess at the current password is a sign-in attempt: throttled and audited as one, so a
    // stolen session cannot try passwords faster than the sign-in form allows.
    const attempt = await reserveLoginAttempt(stored?.email ?? userId, options.ip ?? "unknown").catch((error) => {
      // Shown beside the field; the session itself is fine (UNAUTHENTICATED would say otherwise).
      if (!(error instanceof AppError)) throw error;
      throw new AppError("INVALID", `currentPassword: ${error.message}`, {
        ...error.details,
        issues: [{ path: "currentPassword", message: error.message }],
      });
    });
    const ok = stored?.passwordHash && (await verifyPassword(stored.passwordHash, options.currentPassword ?? ""));
    if (!ok) {
      await recordLoginFailure(attempt, attempt.email);
      throw new AppError("INVALID", "currentPassword: That is not your current password", {
        issues: [{ path: "currentPassword", message: "That is not your current password" }],
      });
    }
    await markLoginSucceeded(attempt, options.actor, false);
  }
  const passwordHash = await hashPassword(newPassword);
  await getDb().$transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await writeAuditEvent(tx, {
      actor: options.actor,
      event: { type: "user.password_changed", payload: { userId, email: user.email, byAdmin } },
    });
  });
  return { userId };
}
