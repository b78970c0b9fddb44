import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import { z } from "zod";
import { getDb } from "../client";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { type AnyTx, execute, queryRows } from "../tx";

/** How long a key's result is replayed. */
const KEPT = "24 hours";

/** Who made the write (`token:<id>`, `user:<id>`), their key, and what exactly they asked. */
export const ZIdempotency = z.object({ scope: z.string(), key: z.string(), fingerprint: z.string() });
export type Idempotency = z.infer<typeof ZIdempotency>;

/** A fingerprint of a request: the same key sent with another request is refused, not replayed. */
export function requestFingerprint(request: unknown): string {
  return createHash("sha256")
    .update(canonicalize(request) ?? "")
    .digest("base64url");
}

/**
 * The result a key already produced (within the last 24 hours), or undefined. Check it before
 * anything that would refuse a retry (e.g. an If-Match that the first attempt moved on).
 */
export async function replayIdempotent<T>(
  idempotency: Idempotency | undefined,
  db: AnyTx = getDb(),
): Promise<T | undefined> {
  if (!idempotency) return undefined;
  const { scope, key, fingerprint } = idempotency;
  const rows = await queryRows<{ fingerprint: string; result: T }>(
    db,
    Prisma.sql`SELECT fingerprint, result FROM idempotency_key
                WHERE scope = ${scope} AND key = ${key} AND created_at > now() - ${KEPT}::interval`,
  );
  const row = rows[0];
  if (!row) return undefined;
  if (row.fingerprint !== fingerprint) {
    throw new AppError("INVALID", "Idempotency-Key: this key was already used for a different request", {
      field: "idempotencyKey",
    });
  }
  return row.result;
}

/**
 * Record a write's result under its key, in the write's transaction, so the write and its key
 * commit together or not at all. A concurrent request with the same key loses on the key's
 * primary key (CONFLICT) and changes nothing. Without a key, nothing.
 */
export async function recordIdempotent(
  tx: AnyTx,
  idempotency: Idempotency | undefined,
  result: Prisma.InputJsonValue,
): Promise<void> {
  if (!idempotency) return;
  const { scope, key, fingerprint } = idempotency;
  // An expired row under the same key is taken over; a live one means a request with this
  // key is being or was just processed.
  const taken = await execute(
    tx,
    Prisma.sql`
      INSERT INTO idempotency_key (scope, key, fingerprint, result)
      VALUES (${scope}, ${key}, ${fingerprint}, ${JSON.stringify(result)}::jsonb)
      ON CONFLICT (scope, key) DO UPDATE
        SET fingerprint = EXCLUDED.fingerprint, result = EXCLUDED.result, created_at = now()
        WHERE idempotency_key.created_at <= now() - ${KEPT}::interval`,
  );
  if (taken === 0) {
    throw new AppError(
      "CONFLICT",
      "A request with this Idempotency-Key was already made: send it again for its result",
    );
  }
}

/** Forget results older than 24 hours (the editor's periodic sweep). */
export async function pruneIdempotencyKeys(): Promise<void> {
  await getDb().$executeRaw`DELETE FROM idempotency_key WHERE created_at <= now() - ${KEPT}::interval`;
}
