import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { writeAuditEvent } from "../audit/write-audit-event";
import { defineOperation } from "../lib/define-operation";
import { hasRole, roleRefusal } from "../permissions";
import { revokeActiveTokens } from "../tokens/revoke-api-token";
import { lockUser } from "./load-user-for-change";

/**
 * "Sign out everywhere": every session of the account ends, and with `revokeTokens` every API
 * token still active too. Users may do it to themselves; only admins to others.
 */
export const endUserSessions = defineOperation({
  minRole: "EDITOR",
  input: { userId: ZUuid, revokeTokens: z.boolean().optional() },
  async run({ input: { userId, revokeTokens }, actor, tx }) {
    if (userId !== actor.id && !hasRole(actor, "ADMIN")) throw roleRefusal("ADMIN");
    const user = await lockUser(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    const tokensRevoked = revokeTokens ? await revokeActiveTokens(tx, userId) : 0;
    await writeAuditEvent(tx, {
      actor,
      event: { type: "user.sessions_ended", payload: { userId, email: user.email, tokensRevoked } },
    });
    return { userId, tokensRevoked };
  },
});
