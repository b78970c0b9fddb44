// @ts-check
/**
 * Next.js cache handler (next.config.ts `cacheHandler`) for several instances of the public site.
 *
 * Entries stay in each process's memory, exactly as with Next's own handler (this class is that
 * handler): a cached page is served without a network round trip. What is shared is the list of
 * revalidated tags, in Redis (DYAD_REDIS_URL): a revalidation on any instance is written there
 * before /api/revalidate answers, and every instance, before it serves a cache entry, brings its
 * own list up to date (one GET when nothing changed). So a publish refreshes every instance, and
 * an instance started later knows what was revalidated before it started.
 *
 * It also carries the database read floor (see @dyad/db client.ts): the primary's WAL position
 * after the publish, below which no instance serves a published read from a replica.
 *
 * Without DYAD_REDIS_URL it is Next's own in-memory handler, unchanged (one instance).
 * If Redis cannot be reached, entries are treated as missing (rendered again from the database)
 * rather than served without knowing whether a publish expired them.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** @type {any} */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
/** @type {{ tagsManifest: Map<string, { stale?: number; expired?: number }> }} */
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");
/** @type {any} */
const ioredis = require("ioredis");
const Redis = ioredis.default ?? ioredis;

const FLOOR = Symbol.for("dyad.readFloor");
const SHARED = Symbol.for("dyad.sharedCache");
const EXPIRED = Symbol.for("dyad.expiredTags");
/** @type {Record<symbol, any>} */
const g = /** @type {any} */ (globalThis);

/**
 * When this process learned that each tag expired, as a counter (not a clock, so another
 * instance's clock cannot make an expiry look older than an answer): the API's answer cache
 * (apps/web/lib/api/answer-cache.ts) keeps an answer only while none of its tags expired after
 * the read that made it began. One per process, should this module be loaded twice.
 */
if (!g[EXPIRED]) g[EXPIRED] = { epoch: 0, tags: new Map() };
/** @type {{ epoch: number; tags: Map<string, number> }} */
const expired = g[EXPIRED];
/** @param {string[]} tags */
function noteExpired(tags) {
  expired.epoch++;
  for (const tag of tags) expired.tags.set(tag, expired.epoch);
}

const redisUrl = process.env.DYAD_REDIS_URL;
// One namespace per database unless told otherwise: deployments (and test runs) sharing a Redis
// do not expire each other's pages.
const namespace =
  process.env.DYAD_CACHE_NAMESPACE ??
  `dyad:cache:${createHash("sha256")
    .update(process.env.DATABASE_URL ?? "")
    .digest("hex")
    .slice(0, 12)}`;
const KEYS = {
  version: `${namespace}:version`,
  changes: `${namespace}:changes`,
  tags: `${namespace}:tags`,
  floor: `${namespace}:floor`,
};

// Bumps the version, records each tag's timestamps and the version it changed at, raises the floor.
const REVALIDATE_SCRIPT = `
local v = redis.call('INCR', KEYS[1])
for i = 2, #ARGV, 2 do
  redis.call('HSET', KEYS[3], ARGV[i], ARGV[i + 1])
  redis.call('ZADD', KEYS[2], v, ARGV[i])
end
if ARGV[1] ~= '' then
  local current = redis.call('GET', KEYS[4])
  if not current or tonumber(current) < tonumber(ARGV[1]) then redis.call('SET', KEYS[4], ARGV[1]) end
end
return v`;

/** @type {any} */
let redis = null;
let seenVersion = 0;
let warned = false;

function client() {
  if (!redisUrl) return null;
  if (!redis) {
    redis = new Redis(redisUrl, {
      // Fail at once while disconnected (the entry is then treated as missing), never queue.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 1000,
      connectionName: "dyad-web-cache",
    });
    redis.on("error", (/** @type {Error} */ error) => {
      if (!warned) console.warn(`Shared cache state (Redis) unavailable: ${error.message}`);
      warned = true;
    });
    redis.on("ready", () => {
      warned = false;
    });
  }
  return redis;
}

/** @param {string | null | undefined} floor */
function raiseFloor(floor) {
  if (!floor) return;
  const lsn = BigInt(floor);
  if (lsn > (g[FLOOR] ?? 0n)) g[FLOOR] = lsn;
}

/**
 * Merge tag timestamps into Next's process-wide manifest (later wins). An immediate expiry
 * (stale == expired) is clamped to this machine's clock, so a clock slightly behind the
 * revalidating instance's does not take it for a future expiry.
 * @param {string} tag
 * @param {{ stale?: number; expired?: number }} remote
 */
function mergeTag(tag, remote) {
  const local = tagsManifest.get(tag) ?? {};
  const now = Date.now();
  let expired = remote.expired;
  if (expired !== undefined && remote.stale === expired) expired = Math.min(expired, now);
  tagsManifest.set(tag, {
    ...local,
    ...(remote.stale !== undefined ? { stale: Math.max(local.stale ?? 0, remote.stale) } : {}),
    ...(expired !== undefined ? { expired: Math.max(local.expired ?? 0, expired) } : {}),
  });
  noteExpired([tag]);
}

/** Bring this process's tag manifest and read floor up to date with Redis. */
async function sync() {
  const r = client();
  if (!r) return;
  const [version, floor] = await r.mget(KEYS.version, KEYS.floor);
  raiseFloor(floor);
  const remote = Number(version ?? 0);
  if (remote <= seenVersion) return;
  const changed = await r.zrangebyscore(KEYS.changes, `(${seenVersion}`, remote);
  if (changed.length > 0) {
    const values = await r.hmget(KEYS.tags, ...changed);
    changed.forEach((tag, i) => {
      const value = values[i];
      if (value) mergeTag(tag, JSON.parse(value));
    });
  }
  if (remote > seenVersion) seenVersion = remote;
}

/**
 * Record revalidated tags in Redis: from Next's own bookkeeping (revalidateTag below), or, from
 * /api/revalidate, as expired now, here too at once; the route awaits it before it answers, so
 * the publisher knows every instance will see the publish (Next runs its own revalidateTag
 * work only after the response is sent).
 * @param {string[]} tags
 * @param {boolean} [now] expire them now (and in this process) rather than copy the manifest
 */
async function share(tags, now = false) {
  if (now) {
    const at = Date.now();
    for (const tag of tags) mergeTag(tag, { stale: at, expired: at });
  }
  const r = client();
  if (!r || tags.length === 0) return;
  const args = [g[FLOOR] ? String(g[FLOOR]) : ""];
  for (const tag of tags) args.push(tag, JSON.stringify(tagsManifest.get(tag) ?? { expired: Date.now() }));
  const version = await r.eval(REVALIDATE_SCRIPT, 4, KEYS.version, KEYS.changes, KEYS.tags, KEYS.floor, ...args);
  // Everything up to this version is known here except other instances' changes in between:
  // leave seenVersion for sync() to advance.
  return Number(version);
}

g[SHARED] = {
  /** Whether revalidations are shared (DYAD_REDIS_URL set). */
  enabled: Boolean(redisUrl),
  share,
  /** Learn the other instances' revalidations (a no-op without Redis; throws if Redis cannot be reached). */
  sync,
};

export default class SharedTagsCache extends FileSystemCache {
  /**
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    if (redisUrl) {
      try {
        await sync();
      } catch {
        return null;
      }
    }
    // Data-cache entries (unstable_cache) live in memory only (next.config: isrFlushToDisk
    // false), so a miss in memory is a miss: without this, Next looks for a file that is never
    // written, an fs call on every uncached read (15% of its CPU time, measured: BENCHMARKS.md).
    if (ctx?.kind === "FETCH" && !FileSystemCache.memoryCache?.get(key)) return null;
    return super.get(key, ctx);
  }

  /**
   * @param {string | string[]} tags
   * @param {{ expire?: number } | undefined} durations
   */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const list = typeof tags === "string" ? [tags] : tags;
    noteExpired(list);
    try {
      await share(list);
    } catch (error) {
      console.warn(`Could not share a revalidation through Redis: ${/** @type {Error} */ (error).message}`);
    }
  }
}
