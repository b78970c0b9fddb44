import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { assertRole } from "../permissions";
import { ZUuid } from "../schemas/fact";
import { revokeActiveTokens } from "../tokens/revoke-api-token";
import { lockUser } from "./load-user-for-change";

/**
 * "Sign out everywhere": every session of the account ends, and with `revokeTokens` every API
 * token still active too. Users may do it to themselves.
 */
export async function endUserSessions(options: { userId: string; actor: Actor; revokeTokens?: boolean }) {
  const userId = parseInput(ZUuid, options.userId);
  if (userId !== options.actor.id) assertRole(options.actor, "ADMIN");
  return getDb().$transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    const tokensRevoked = options.revokeTokens ? await revokeActiveTokens(tx, userId) : 0;
    await writeAuditEvent(tx, {
      actor: options.actor,
      event: { type: "user.sessions_ended", payload: { userId, email: user.email, tokensRevoked } },
    });
    return { userId, tokensRevoked };
  });
}
