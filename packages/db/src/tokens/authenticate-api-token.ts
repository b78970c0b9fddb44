import type { TApiScope } from "@dyad/api-contract";
import type { Actor } from "../actor";
import { getDb } from "../client";
import { AppError } from "../errors";
import { hashSecret, SECRET_PATTERN } from "./token-secret";

export interface ApiTokenAuth {
  tokenId: string;
  scopes: TApiScope[];
  /** The token's owner as they are now: role and name read on every request. */
  actor: Actor;
}

/**
 * Who a bearer secret acts for. Checked on every request: revocation, expiry, the owner's
 * account being disabled and the owner's current role all take effect at once.
 */
export async function authenticateApiToken(options: { secret: string }): Promise<ApiTokenAuth> {
  if (!SECRET_PATTERN.test(options.secret)) {
    throw new AppError("UNAUTHENTICATED", "That is not a Dyad API token (they start with dyad_)");
  }
  const db = getDb();
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashSecret(options.secret) },
    select: {
      id: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: { id: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!token) throw new AppError("UNAUTHENTICATED", "Unknown API token");
  if (token.revokedAt) throw new AppError("UNAUTHENTICATED", "This API token was revoked");
  if (token.expiresAt && token.expiresAt <= new Date())
    throw new AppError("UNAUTHENTICATED", "This API token has expired");
  if (token.user.disabledAt) throw new AppError("FORBIDDEN", "The account this API token belongs to is disabled");
  // At most one write a minute per token: enough for "last used" and cheap on a busy token.
  await db.$executeRaw`UPDATE api_token SET last_used_at = now()
    WHERE id = ${token.id}::uuid AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`;
  return {
    tokenId: token.id,
    scopes: token.scopes as TApiScope[],
    actor: { id: token.user.id, name: token.user.name, role: token.user.role },
  };
}

/** Refuse unless the token holds `scope`. */
export function requireScope(auth: ApiTokenAuth, scope: TApiScope): void {
  if (!auth.scopes.includes(scope)) {
    throw new AppError("FORBIDDEN", `This API token lacks the ${scope} scope`, { requiredScope: scope });
  }
}
