import { ZCreateApiTokenRequest } from "@dyad/api-contract";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import { defineOperation } from "../lib/define-operation";
import { hasRole } from "../permissions";
import { generateSecret } from "./token-secret";
import { SCOPE_MIN_ROLE, toApiTokenView, tokenSelect } from "./token-view";

/** Enough for every script a person runs; a leak of many tokens is easier to spot and revoke. */
const MAX_ACTIVE_TOKENS = 50;

/**
 * Create an API token for the signed-in person. The secret is returned this once and only its
 * SHA-256 is stored. A scope needs the role that the same action needs in the editor app.
 */
export const createApiToken = defineOperation({
  minRole: "EDITOR",
  input: ZCreateApiTokenRequest,
  async run({ input: { name, scopes, expiresAt }, actor, tx }) {
    if (!actor.id) throw new AppError("FORBIDDEN", "API tokens belong to a person's account");
    for (const scope of new Set(scopes)) {
      const needed = SCOPE_MIN_ROLE[scope];
      if (!hasRole(actor, needed)) {
        throw new AppError("FORBIDDEN", `The ${scope} scope needs the ${needed.toLowerCase()} role`);
      }
    }
    if (expiresAt && expiresAt <= new Date()) throw new AppError("INVALID", "expiresAt: give a time in the future");
    const userId = actor.id;
    const { secret, prefix, hash } = generateSecret();
    const user = await tx.user.findUnique({ where: { id: userId }, select: { disabledAt: true } });
    if (!user || user.disabledAt) throw new AppError("FORBIDDEN", "This account cannot create API tokens");
    const active = await tx.apiToken.count({
      where: { userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
    });
    if (active >= MAX_ACTIVE_TOKENS) {
      throw new AppError("CONFLICT", `You have ${active} active tokens: revoke one you no longer use first`);
    }
    const token = await tx.apiToken.create({
      data: { userId, name, prefix, tokenHash: hash, scopes: [...new Set(scopes)], expiresAt },
      select: tokenSelect,
    });
    await writeAuditEvent(tx, {
      actor,
      event: { type: "api_token.created", payload: { tokenId: token.id, name, prefix, scopes: token.scopes } },
    });
    return { token: toApiTokenView(token), secret };
  },
});
