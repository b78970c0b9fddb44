import type { TApiScope } from "@dyad/api-contract";
import type { Actor } from "../actor";
import { getDb } from "../client";
import { AppError } from "../errors";
import type { TRole } from "../users/schemas";
import { hashSecret, SECRET_PATTERN } from "./token-secret";

export interface ApiTokenAuth {
  tokenId: string;
  scopes: TApiScope[];
  /** The token's owner as they are now: role and name read on every request. */
  actor: Actor;
}

interface TokenRow {
  id: string;
  scopes: string[];
  expires_at: Date | null;
  revoked_at: Date | null;
  user_id: string;
  user_name: string;
  user_role: TRole;
  disabled_at: Date | null;
}

/**
 * Who a bearer secret acts for. Checked on every request: revocation, expiry, the owner's
 * account being disabled and the owner's current role all take effect at once.
 */
export async function authenticateApiToken(options: { secret: string }): Promise<ApiTokenAuth> {
  if (!SECRET_PATTERN.test(options.secret)) {
    throw new AppError("UNAUTHENTICATED", "That is not a Dyad API token (they start with dyad_)");
  }
  // The token, its owner, and "last used" (at most one write a minute per token: enough for
  // the token page and cheap on a busy token) in one statement: one commit per request, not a
  // read and an UPDATE (issue 21.4). The UPDATE's conditions are the refusals below.
  const rows = await getDb().$queryRaw<TokenRow[]>`
    WITH token AS (
      SELECT t.id, t.scopes, t.expires_at, t.revoked_at, t.last_used_at,
             u.id AS user_id, u.name AS user_name, u.role::text AS user_role, u.disabled_at
        FROM api_token t JOIN app_user u ON u.id = t.user_id
       WHERE t.token_hash = ${hashSecret(options.secret)}),
    used AS (
      UPDATE api_token SET last_used_at = now()
       WHERE id = (SELECT id FROM token
                    WHERE revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now()) AND disabled_at IS NULL)
         AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute'))
    SELECT id, scopes, expires_at, revoked_at, user_id, user_name, user_role, disabled_at FROM token`;
  const token = rows[0];
  if (!token) throw new AppError("UNAUTHENTICATED", "Unknown API token");
  if (token.revoked_at) throw new AppError("UNAUTHENTICATED", "This API token was revoked");
  if (token.expires_at && token.expires_at <= new Date())
    throw new AppError("UNAUTHENTICATED", "This API token has expired");
  if (token.disabled_at) throw new AppError("FORBIDDEN", "The account this API token belongs to is disabled");
  return {
    tokenId: token.id,
    scopes: token.scopes as TApiScope[],
    actor: { id: token.user_id, name: token.user_name, role: token.user_role },
  };
}

/** Refuse unless the token holds `scope`. */
export function requireScope(auth: ApiTokenAuth, scope: TApiScope): void {
  if (!auth.scopes.includes(scope)) {
    throw new AppError("FORBIDDEN", `This API token lacks the ${scope} scope`, { requiredScope: scope });
  }
}
