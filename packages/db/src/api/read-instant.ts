import { getPrimaryDb, hasReplicas, parseLsn, requireReplayed } from "../client";
import { AppError } from "../errors";
import { INSTANT_FORMAT, justBefore, normalizeInstant } from "./instant";

/**
 * "Settled" instants make as-of reads exact. publication.at is clock_timestamp() at insert, so a
 * transaction still in progress can commit a publication whose `at` is already in the past. But
 * it cannot be older than its own start: every publication with `at` before the oldest running
 * transaction's start (or before now, if none runs) is committed, and nothing can ever be added
 * before that point. That point is the horizon; what was public at an instant before it is final.
 *
 * A release being cut (a transaction named RELEASE_CUT, see releases/create-release.ts) writes no
 * publication, so it does not hold the horizon back; but the release it will commit falls at an
 * instant after its own start, so "which release an instant falls in" is only final before it.
 *
 * Only sessions of this database user are visible; the apps share one. The embedded database runs
 * one transaction at a time, so there the horizon is simply now.
 */
export const RELEASE_CUT = "dyad-release-cut";

const at = (expression: string) => `to_char((${expression}) AT TIME ZONE 'UTC', '${INSTANT_FORMAT}')`;
const HORIZON = "LEAST(now(), (SELECT min(xact_start) FROM running WHERE NOT cut))";
const HORIZON_SQL = `
  WITH running AS (
    SELECT xact_start, application_name = '${RELEASE_CUT}' AS cut FROM pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid()
      AND backend_type = 'client backend' AND xact_start IS NOT NULL
  )
  SELECT ${at(HORIZON)} AS horizon,
    ${at("LEAST(now(), (SELECT min(xact_start) FROM running))")} AS final,
    COALESCE((SELECT max(at) FROM publication) >= ${HORIZON}, false) AS behind`;
// With read replicas: the primary's WAL position at the horizon, which a replica must have
// replayed to hold every publication before it.
const HORIZON_LSN_SQL = `${HORIZON_SQL}, pg_current_wal_lsn()::text AS lsn`;

export interface Horizon {
  /** Every publication with `at` before this is committed, and none can be added before it. */
  horizon: string;
  /** Before this, the release an instant falls in is final too (no release is being cut since). */
  final: string;
}

// Both only move forward (a transaction that starts later cannot pull them back), so instants
// before the highest `final` this process has seen stay final without asking the database again
// (with replicas: once the replica serving the read has replayed the position that `final` was
// read at).
let knownFinal = "";
let knownFinalLsn = 0n;

/**
 * The current horizon. When a committed publication already lies beyond it (a short transaction
 * that began earlier is still running), wait a moment for that transaction to end, so an answer
 * about "now" includes everything already published: a cached answer missing a publication whose
 * revalidation has already happened would stay stale.
 */
export async function readHorizon(options: { waitMs?: number } = {}): Promise<Horizon> {
  const deadline = Date.now() + (options.waitMs ?? 500);
  const replicated = hasReplicas();
  for (;;) {
    // Always the primary: only it sees the transactions still running (a replica's
    // pg_stat_activity lists its own sessions). A read on a replica then waits for that replica
    // to replay the primary's position at this moment, or moves to the primary.
    const [row] = await getPrimaryDb().$queryRawUnsafe<(Horizon & { behind: boolean; lsn?: string })[]>(
      replicated ? HORIZON_LSN_SQL : HORIZON_SQL,
    );
    if (!row) throw new Error("The database did not report the time");
    if (!row.behind || Date.now() >= deadline) {
      const lsn = row.lsn ? parseLsn(row.lsn) : 0n;
      if (row.final > knownFinal) {
        knownFinal = row.final;
        knownFinalLsn = lsn;
      }
      if (row.lsn) await requireReplayed(lsn);
      return { horizon: row.horizon, final: row.final };
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface ReadInstant {
  /** The instant the answer is for: publications at or before it count. */
  instant: string;
  /** True when the answer is about "now" (no asOf, or one not yet settled), which later publications change. */
  current: boolean;
  /** True when the answer can never change, including which release the instant falls in. */
  final: boolean;
}

/**
 * The instant a read answers for. Without asOf, or for an instant not yet settled (the future,
 * or the last few milliseconds), it is the latest settled instant, and the answer is "current".
 * Call it before the read's own query, which then sees every publication up to the instant.
 */
export async function resolveReadInstant(asOf?: string | null): Promise<ReadInstant> {
  const requested = asOf ? parseInstant(asOf, "asOf") : null;
  if (requested && requested < knownFinal) {
    await requireReplayed(knownFinalLsn);
    return { instant: requested, current: false, final: true };
  }
  const { horizon, final } = await readHorizon();
  if (requested && requested < horizon) return { instant: requested, current: false, final: requested < final };
  return { instant: justBefore(horizon), current: true, final: false };
}

/** Normalize an instant given by a caller, or refuse it with an INVALID error naming `field`. */
export function parseInstant(text: string, field: string): string {
  const instant = normalizeInstant(text);
  if (!instant) {
    throw new AppError(
      "INVALID",
      `${field}: give an instant as YYYY-MM-DD or an RFC 3339 date-time with a zone, e.g. 2026-01-01T12:00:00Z`,
    );
  }
  return instant;
}

/**
 * Whether a publication after `instant` is already committed: an answer for `instant` computed
 * as "now" is then behind, and must not be cached as the current answer (the publish that would
 * refresh the cache may already have happened).
 */
export async function publishedAfter(instant: string): Promise<boolean> {
  // The primary: a replica could still be behind the very publish this guards against.
  const rows = await getPrimaryDb().$queryRaw<{ after: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM publication WHERE at > ${instant}::timestamptz) AS after`;
  return rows[0]?.after ?? false;
}
