import { z } from "zod";
import { getDb } from "../client";
import { parseInput } from "../errors";

const ZOptions = z.strictObject({
  key: z.string().min(1).max(300),
  limit: z.number().int().min(1),
  windowSeconds: z.number().int().min(1).max(86_400),
});

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends and the count starts again (at least 1). */
  resetSeconds: number;
}

/**
 * Count one request against `key` in a fixed window, in the database so every app instance
 * shares the count (one upsert: ON CONFLICT makes concurrent hits add up, never overwrite).
 * Windows are aligned on the database clock. Old windows are swept now and then. The upsert
 * commits without waiting for the disk (synchronous_commit off, for this statement only): a crash
 * may forget the last few counts, which a rate limit can afford, and every API request saves a
 * WAL flush (about 5 ms against 0.5 ms on this project's machines).
 */
export async function hitRateLimit(options: z.input<typeof ZOptions>): Promise<RateLimitResult> {
  const { key, limit, windowSeconds } = parseInput(ZOptions, options);
  const db = getDb();
  const rows = await db.$queryRaw<{ count: number; reset: number }[]>`
    INSERT INTO rate_limit AS rl (key, window_start, count)
    SELECT ${key}, to_timestamp(floor(extract(epoch FROM now()) / ${windowSeconds}) * ${windowSeconds}), 1
    FROM (SELECT set_config('synchronous_commit', 'off', true)) AS async_commit
    ON CONFLICT (key, window_start) DO UPDATE SET count = rl.count + 1
    RETURNING rl.count, extract(epoch FROM rl.window_start + make_interval(secs => ${windowSeconds}) - now())::float8 AS reset`;
  const row = rows[0];
  if (!row) throw new Error("The rate limit counter returned nothing");
  if (Math.random() < 0.005) {
    await db.$executeRaw`DELETE FROM rate_limit WHERE window_start < now() - interval '1 day'`;
  }
  return {
    allowed: row.count <= limit,
    limit,
    remaining: Math.max(0, limit - row.count),
    resetSeconds: Math.max(1, Math.ceil(row.reset)),
  };
}
