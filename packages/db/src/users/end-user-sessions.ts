import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { assertRole } from "../permissions";
import { ZUuid } from "../schemas/fact";
import { lockUser } from "./load-user-for-change";

/** "Sign out everywhere": every session of the account ends. Users may do it to themselves. */
export async function endUserSessions(options: { userId: string; actor: Actor }) {
  const userId = parseInput(ZUuid, options.userId);
  if (userId !== options.actor.id) assertRole(options.actor, "ADMIN");
  return getDb().$transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await writeAuditEvent(tx, {
      actor: options.actor,
      event: { type: "user.sessions_ended", payload: { userId, email: user.email } },
    });
    return { userId };
  });
}
