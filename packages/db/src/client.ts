import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";
import { dbEnv } from "./env";
import { AppError } from "./errors";
import { PrismaClient } from "./generated/prisma/client";
import { blamesTheRequest, databaseFailure } from "./lib/database-error";
import { ReadableErrorsPg } from "./lib/pg-adapter";

export type Db = PrismaClient;

/**
 * One primary client per process, plus one client per read replica when DATABASE_REPLICA_URLS
 * is set (comma-separated). Everything uses the primary, except the reads an app wraps in
 * readPublished() (the public site and the public API's reads of published data), which go to a
 * replica that has replayed at least the read floor (see ARCHITECTURE.md "Deployment").
 */
interface Replica {
  /** 1-based position in DATABASE_REPLICA_URLS (for logs; never the URL, which may hold a password). */
  index: number;
  client: PrismaClient;
  /** The replay position last read from it (monotonic); -1n until first asked. */
  replayed: bigint;
  /** Skipped until this time (ms) after a connection failure. */
  downUntil: number;
}
interface Clients {
  primary: PrismaClient;
  replicas: Replica[];
  next: number;
}

const globalForDb = globalThis as { dyadDb?: Clients };
/** Shared with apps/web/cache-handler.mjs, which carries the floor between instances. */
const FLOOR = Symbol.for("dyad.readFloor");
const floorHolder = globalThis as unknown as { [FLOOR]?: bigint };

/** How long a replica that failed to answer is left out before it is tried again. */
const REPLICA_RETRY_MS = 5_000;
/** How long a read waits for its replica to replay a required position before using the primary. */
const REPLAY_WAIT_MS = 250;

/**
 * Each client's pg pool (the same connections), for the hottest reads: see poolOf. Global, like
 * the clients: a Next build may bundle this module into several chunks.
 */
const poolHolder = globalThis as unknown as { [key: symbol]: WeakMap<PrismaClient, pg.Pool> | undefined };
const POOLS = Symbol.for("dyad.pools");
poolHolder[POOLS] ??= new WeakMap();
const pools = poolHolder[POOLS];

function newClient(connectionString: string, options: { max: number; replica: boolean }): PrismaClient {
  const pool = new pg.Pool({
    connectionString,
    max: options.max,
    application_name: options.replica ? "dyad-replica-read" : undefined,
    // A query is sent without waiting for the answers to those before it on the same connection
    // (pg's pipeline mode): a transaction's BEGIN goes out with its first statement, and reads
    // started together go out together (lib/sql-transaction.ts). Answers still come in order,
    // each query with its own Sync, so a failure is the failing query's alone, as before.
    pipeline: !options.replica,
    // A replica that does not answer must not hold a reader for long: the read goes to the primary.
    ...(options.replica ? { connectionTimeoutMillis: 2_000 } : {}),
  });
  // An idle connection the server drops (restart, network) emits "error" on the pool; unheard,
  // Node would end the process with a stack. The pool discards that connection; the next query
  // opens a new one or fails with its own error.
  pool.on("error", (error) => console.error(`A database connection was lost: ${error.message}`));
  const client = new PrismaClient({
    adapter: new ReadableErrorsPg(pool, { disposeExternalPool: true }),
    // The embedded server runs one transaction at a time, so a transaction may queue behind
    // others for a while before it starts; Prisma's defaults (2 s to start, 5 s to finish)
    // would turn that queueing into errors.
    transactionOptions: { maxWait: 20_000, timeout: 30_000 },
  });
  pools.set(client, pool);
  return client;
}

/**
 * The pg pool under a client. The API's hottest read (api/read-instant.ts readAt) sends its one
 * statement here directly: Prisma's fixed cost per query was as large as the query itself.
 * Reads only, outside transactions; everything else goes through Prisma.
 */
export function poolOf(db: PrismaClient): pg.Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error("This client has no pool of its own");
  return pool;
}

/** DATABASE_REPLICA_URLS: comma-separated PostgreSQL URLs of streaming replicas of DATABASE_URL. */
export function replicaUrls(): string[] {
  return dbEnv().DATABASE_REPLICA_URLS;
}

function clients(): Clients {
  if (!globalForDb.dyadDb) {
    const { DATABASE_URL: connectionString, DATABASE_POOL_SIZE: max } = dbEnv();
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set: start Dyad with `pnpm start`, which sets it");
    }
    globalForDb.dyadDb = {
      primary: newClient(connectionString, { max, replica: false }),
      replicas: replicaUrls().map((url, i) => ({
        index: i + 1,
        client: newClient(url, { max, replica: true }),
        replayed: -1n,
        downUntil: 0,
      })),
      next: 0,
    };
  }
  return globalForDb.dyadDb;
}

/** Where the reads of the current published-read scope go. */
interface ReadScope {
  client: PrismaClient;
  replica: Replica | null;
}
const readScope = new AsyncLocalStorage<ReadScope>();

/**
 * The Prisma client for the current context: the primary (every write, every editor read, every
 * transaction), except inside readPublished(), where it is the replica chosen for that read.
 */
export function getDb(): PrismaClient {
  return readScope.getStore()?.client ?? clients().primary;
}

/** The primary, even inside readPublished(): for freshness checks that must see the latest commit. */
export function getPrimaryDb(): PrismaClient {
  return clients().primary;
}

export function hasReplicas(): boolean {
  return clients().replicas.length > 0;
}

/** A WAL position ("16/B374D848") as a number that compares. */
export function parseLsn(lsn: string): bigint {
  const [high, low] = lsn.split("/");
  if (!high || !low) throw new Error(`Not a WAL position: ${lsn}`);
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

/** The primary's current WAL position (every commit so far is at or before it), or null without replicas. */
export async function primaryWalPosition(): Promise<bigint | null> {
  if (!hasReplicas()) return null;
  const rows = await getPrimaryDb().$queryRawUnsafe<{ lsn: string }[]>("SELECT pg_current_wal_lsn()::text AS lsn");
  return rows[0] ? parseLsn(rows[0].lsn) : null;
}

/**
 * The read floor: no published read in this process is served by a replica that has not replayed
 * this position. It only rises: a revalidation (a publish) raises it to the primary's position
 * after the commit, on every instance (apps/web/cache-handler.mjs shares it through Redis).
 */
export function readFloor(): bigint {
  return floorHolder[FLOOR] ?? 0n;
}
export function raiseReadFloor(lsn: bigint): void {
  if (lsn > readFloor()) floorHolder[FLOOR] = lsn;
}

async function refreshReplay(replica: Replica): Promise<void> {
  const rows = await replica.client.$queryRawUnsafe<{ lsn: string | null }[]>(
    "SELECT pg_last_wal_replay_lsn()::text AS lsn",
  );
  const lsn = rows[0]?.lsn;
  if (!lsn) {
    // Not in recovery: not a replica (a misconfiguration). It cannot be behind a floor, and a
    // "replica" that is a different primary would be worse than none: refuse it.
    replica.downUntil = Number.POSITIVE_INFINITY;
    console.error(`DATABASE_REPLICA_URLS #${replica.index} is not a replica (not in recovery): ignored`);
    throw new Error("not a replica");
  }
  const replayed = parseLsn(lsn);
  if (replayed > replica.replayed) replica.replayed = replayed;
}

function markDown(replica: Replica, error: unknown) {
  if (replica.downUntil < Date.now()) {
    console.warn(`Read replica #${replica.index} failed, reading from the primary: ${(error as Error).message}`);
  }
  replica.downUntil = Math.max(replica.downUntil, Date.now() + REPLICA_RETRY_MS);
}

/** A replica that is up and has replayed `floor`, taken in turn; null when none has. */
async function pickReplica(floor: bigint): Promise<Replica | null> {
  const all = clients();
  const count = all.replicas.length;
  for (let i = 0; i < count; i++) {
    const replica = all.replicas[(all.next + i) % count] as Replica;
    if (replica.downUntil > Date.now()) continue;
    if (replica.replayed < 0n || replica.replayed < floor) {
      try {
        await refreshReplay(replica);
      } catch (error) {
        markDown(replica, error);
        continue;
      }
    }
    if (replica.replayed >= floor) {
      all.next = (all.next + i + 1) % count;
      return replica;
    }
  }
  return null;
}

/**
 * Errors worth trying again on the primary: the replica failed (then it is also left out for a
 * while), or it is behind (a 404 for something brand new). A bad request is not retried, and a
 * value the database refuses is the request's fault, not the replica's: a client sending one must
 * not be able to take a replica out of service.
 */
export function retryOnPrimary(error: unknown): { retry: boolean; replicaFailed: boolean } {
  if (error instanceof AppError) return { retry: error.code === "NOT_FOUND", replicaFailed: false };
  const failure = databaseFailure(error);
  const failed = failure !== null && !blamesTheRequest(failure);
  return { retry: failed, replicaFailed: failed };
}

/**
 * Run a read of published data on a read replica when replicas are configured: one replica for
 * the whole read (so its queries see one advancing history), chosen among those that have
 * replayed the read floor. Falls back to the primary, with no error for the reader, when none
 * qualifies, when the replica fails during the read (it is then left out for a few seconds), or
 * when the read finds nothing (a replica behind a brand-new publication). Without replicas, or
 * inside another published read, it simply runs `read`.
 *
 * `served` is told where the read was answered ("primary" or "replica"), for diagnostics.
 * Only reads belong here: a write inside would fail on a replica (it is read-only).
 */
export async function readPublished<T>(
  read: () => Promise<T>,
  served?: (by: "primary" | "replica") => void,
): Promise<T> {
  if (readScope.getStore() || !hasReplicas()) {
    served?.(readScope.getStore()?.replica ? "replica" : "primary");
    return read();
  }
  const replica = await pickReplica(readFloor());
  const onPrimary = async () => {
    const result = await readScope.run({ client: clients().primary, replica: null }, read);
    served?.("primary");
    return result;
  };
  if (!replica) return onPrimary();
  const scope: ReadScope = { client: replica.client, replica };
  try {
    const result = await readScope.run(scope, read);
    served?.(scope.replica ? "replica" : "primary");
    return result;
  } catch (error) {
    const { retry, replicaFailed } = retryOnPrimary(error);
    if (!scope.replica || !retry) throw error;
    if (replicaFailed) markDown(replica, error);
    return onPrimary();
  }
}

/**
 * Inside readPublished(): make sure the rest of this read sees at least WAL position `lsn`
 * (e.g. every publication before a horizon read on the primary). Waits a moment for the replica
 * to replay it, then moves the read to the primary. Outside a replica read it does nothing.
 */
export async function requireReplayed(lsn: bigint): Promise<void> {
  const scope = readScope.getStore();
  const replica = scope?.replica;
  if (!scope || !replica || replica.replayed >= lsn) return;
  const deadline = Date.now() + REPLAY_WAIT_MS;
  for (;;) {
    try {
      await refreshReplay(replica);
    } catch (error) {
      markDown(replica, error);
      break;
    }
    if (replica.replayed >= lsn) return;
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  scope.client = clients().primary;
  scope.replica = null;
}

/**
 * Wait until every replica that is up has replayed `lsn`, at most `timeoutMs`: the public site's
 * revalidation calls it so the pages it expires are rendered again from replicas that already
 * hold the publish. Replicas still behind then are simply skipped by the floor.
 */
export async function waitForReplicas(lsn: bigint, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = clients().replicas.filter((r) => r.downUntil <= Date.now() && r.replayed < lsn);
    if (pending.length === 0) return true;
    await Promise.all(pending.map((r) => refreshReplay(r).catch((error) => markDown(r, error))));
    if (pending.every((r) => r.replayed >= lsn || r.downUntil > Date.now())) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function disconnectDb(): Promise<void> {
  const all = globalForDb.dyadDb;
  globalForDb.dyadDb = undefined;
  if (!all) return;
  await Promise.all([all.primary.$disconnect(), ...all.replicas.map((r) => r.client.$disconnect())]);
}
