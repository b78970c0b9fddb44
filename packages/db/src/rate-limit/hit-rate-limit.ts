import { createHash } from "node:crypto";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterRes } from "rate-limiter-flexible";
import { z } from "zod";
import { dbEnv } from "../env";
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

type Limiter = RateLimiterMemory | RateLimiterRedis;
const limiters = new Map<string, Limiter>();
let redis: Redis | undefined;
/** Settled once the first connection to Redis is made or has failed (or after a second). */
let connected: Promise<void> = Promise.resolve();

function connectRedis(url: string): Redis {
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // Said once; ioredis reconnects by itself, and meanwhile each instance counts on its own.
  let warned = false;
  client.on("error", (error) => {
    if (!warned)
      console.error(`Rate limits: Redis unreachable (${error.message}); counting per instance until it is back`);
    warned = true;
  });
  // A request that arrives while the first connection is being made waits for it rather than
  // being counted by this instance alone: otherwise each instance's first requests would escape
  // the shared count.
  connected = new Promise((resolve) => {
    const timer = setTimeout(resolve, 1000);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    client.once("ready", done);
    client.once("error", done);
  });
  return client;
}

/**
 * Keys of one deployment (one database) apart from another's sharing the Redis, as the cache
 * handler does (apps/web/cache-handler.mjs).
 */
const prefix = () =>
  `dyad:ratelimit:${createHash("sha256")
    .update(dbEnv().DATABASE_URL ?? "")
    .digest("hex")
    .slice(0, 12)}`;

/**
 * One fixed-window counter per (limit, window), from rate-limiter-flexible: in this process's
 * memory, or in Redis (DYAD_REDIS_URL) so every instance counts against the same budget. With
 * Redis, a client over its budget is then refused from memory without asking Redis again until
 * the window ends (inMemoryBlockOnConsumed), and if Redis cannot be reached the count falls back
 * to this process's memory (insuranceLimiter): a limit per instance rather than none, and never
 * an error for a reader.
 */
function limiterFor(limit: number, windowSeconds: number): Limiter {
  const id = `${limit}:${windowSeconds}`;
  let limiter = limiters.get(id);
  if (limiter) return limiter;
  const options = { points: limit, duration: windowSeconds, keyPrefix: `${prefix()}:${id}` };
  const url = dbEnv().DYAD_REDIS_URL;
  if (url) {
    redis ??= connectRedis(url);
    limiter = new RateLimiterRedis({
      ...options,
      storeClient: redis,
      rejectIfRedisNotReady: true,
      inMemoryBlockOnConsumed: limit,
      inMemoryBlockDuration: windowSeconds,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  } else {
    limiter = new RateLimiterMemory(options);
  }
  limiters.set(id, limiter);
  return limiter;
}

/**
 * Count one request against `key` in a fixed window that starts with the key's first request.
 * Exact within one window: the (limit + 1)th request is refused. No PostgreSQL round trip: a
 * read must not write (issue 21); sign-in throttling, a write path, keeps its rows there.
 */
export async function hitRateLimit(options: z.input<typeof ZOptions>): Promise<RateLimitResult> {
  const { key, limit, windowSeconds } = parseInput(ZOptions, options);
  let res: RateLimiterRes;
  let allowed = true;
  try {
    const limiter = limiterFor(limit, windowSeconds);
    await connected;
    res = await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
    res = rejection as RateLimiterRes;
    allowed = false;
  }
  return {
    allowed,
    limit,
    // A client refused from memory (over its budget) gets a result with nothing consumed.
    remaining: allowed ? Math.max(0, limit - res.consumedPoints) : 0,
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  };
}
