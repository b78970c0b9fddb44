import { ZUuid } from "@dyad/core/schemas/fact";
import { writeAuditEvent } from "../audit/write-audit-event";
import { notFound } from "../errors";
import { defineOperation } from "../lib/define-operation";
import type { Tx } from "../tx";
import { toApiTokenView, tokenSelect } from "./token-view";

/**
 * Revoke a token: it stops working on its next request (every request checks). Its owner or an
 * admin may; anyone else is told it does not exist. Revoking twice changes nothing.
 */
export const revokeApiToken = defineOperation({
  minRole: "EDITOR",
  input: { tokenId: ZUuid },
  async run({ input: { tokenId }, actor, tx }) {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { ...tokenSelect, userId: true } });
    if (!token || (token.userId !== actor.id && actor.role !== "ADMIN")) throw notFound("API token");
    if (token.revokedAt) return { token: toApiTokenView(token), changed: false };
    const revoked = await tx.apiToken.update({
      where: { id: tokenId },
      data: { revokedAt: new Date() },
      select: tokenSelect,
    });
    await writeAuditEvent(tx, {
      actor,
      event: { type: "api_token.revoked", payload: { tokenId, name: token.name } },
    });
    return { token: toApiTokenView(revoked), changed: true };
  },
});

/** Revoke every token of an account that still works, inside the caller's transaction; how many. */
export async function revokeActiveTokens(tx: Tx, userId: string): Promise<number> {
  const revoked = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return revoked.count;
}
