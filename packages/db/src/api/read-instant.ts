import { createHash } from "node:crypto";
import { parseInstant } from "@dyad/core/instant";
import type pg from "pg";
import { getDb, getPrimaryDb, hasReplicas, parseLsn, poolOf, requireReplayed } from "../client";
import { Prisma } from "../generated/prisma/client";
import { databaseFailure } from "../lib/database-error";
import { asInstant } from "../read-model/instant";

/**
 * "Settled" instants make as-of reads exact. publication.at is clock_timestamp() at insert, so a
 * transaction still in progress can commit a publication whose `at` is already in the past. But
 * it cannot be older than its own start: every publication with `at` before the oldest running
 * publishing transaction's start (or before now, if none runs) is committed, and nothing can ever
 * be added before that point. That point is the horizon; what was public at an instant before it
 * is final.
 *
 * Only publishing transactions count, so unrelated work (pg_dump, a backup export, an idle open
 * transaction, a report) cannot freeze "now". A transaction is known to publish from its first
 * publication row on: a trigger on `publication` (migration 20261206160000) names the transaction
 * PUBLISHING (application_name, local to the transaction, visible in pg_stat_activity at once)
 * and only then takes that row's instant. A reader that does not see the name yet therefore reads
 * before any instant that transaction will write.
 *
 * A release being cut (a transaction named RELEASE_CUT, see releases/create-release.ts) writes no
 * publication, so it does not hold the horizon back; but the release it will commit falls at an
 * instant after its own start, so "which release an instant falls in" is only final before it.
 *
 * Only sessions of this database user are visible; the apps share one. The embedded database runs
 * one transaction at a time, so there the horizon is simply now. With read replicas the horizon
 * is read on the primary (a replica's pg_stat_activity lists only its own sessions), with the
 * primary's WAL position, which the replica serving the read must have replayed.
 */
export const RELEASE_CUT = "dyad-release-cut";
/** The name a transaction takes when it writes its first publication (see above). */
export const PUBLISHING = "dyad-publishing";

export interface ReadInstant {
  /** The instant the answer is for: publications at or before it count. */
  instant: string;
  /** True when the answer is about "now" (no asOf, or one not yet settled), which later publications change. */
  current: boolean;
  /** True when the answer can never change, including which release the instant falls in. */
  final: boolean;
}

// `final` only moves forward (a transaction that starts later cannot pull it back), so instants
// before the highest one this process has seen stay final without asking the database again
// (with replicas: once the replica serving the read has replayed the position it was read at).
let knownFinal = "";
let knownFinalLsn = 0n;

// The latest settled instant this process has computed for a current answer, and when. For a
// while it answers "now" without asking for the horizon again: still exact (everything before it
// is committed), and still current as long as no publication lies after it, which the read
// checks in the same statement (`behind`: then the horizon is computed afresh). Reusing it for
// at most a second keeps the instant an answer reports close to the time it was asked.
let settled = { instant: "", at: 0 };
const SETTLED_REUSE_MS = 1000;

/**
 * CTEs ending in `ri`, one row: the instant a read answers for (`instant`, a timestamptz) and
 * whether it is current and final. Without `requested`, or for a requested instant not yet
 * settled (the future, or the last few milliseconds), the instant is the latest settled one
 * (just before the horizon) and the answer is "current".
 *
 * It is evaluated inside the statement that reads the data, whose snapshot is taken before
 * pg_stat_activity is read. A writer still running at the snapshot but finished by the time the
 * activity is read would not hold the horizon back, yet its publications are not in the
 * snapshot: `raced` says so (a transaction id in progress at the snapshot that no backend holds
 * any more), and the caller reads again. `behind` says a committed publication already lies
 * beyond the horizon (a short transaction that began earlier still runs): the caller waits a
 * moment, so an answer about "now" includes everything already published.
 */
function instantCtes(requested: string | null, withLsn = false): Prisma.Sql {
  const req = Prisma.sql`${requested}::timestamptz`;
  if (requested && requested < knownFinal) return fixedCtes({ instant: requested, current: false, final: true });
  // pg_stat_get_activity(NULL) rather than the pg_stat_activity view, whose joins cost more than
  // the function (measured: a third of a whole read of "now").
  return Prisma.sql`
    activity AS MATERIALIZED (
      SELECT datid, backend_type, xact_start, backend_xid, application_name = ${RELEASE_CUT} AS cut,
             application_name = ${PUBLISHING} AS publishing
      FROM pg_stat_get_activity(NULL) WHERE pid <> pg_backend_pid()),
    running AS (
      SELECT xact_start, cut, publishing FROM activity
      WHERE datid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND backend_type = 'client backend' AND xact_start IS NOT NULL AND (cut OR publishing)),
    h AS MATERIALIZED (
      SELECT LEAST(now(), (SELECT min(xact_start) FROM running WHERE publishing)) AS horizon,
             LEAST(now(), (SELECT min(xact_start) FROM running)) AS final,
             EXISTS (
               SELECT 1 FROM pg_snapshot_xip(pg_current_snapshot()) x
               WHERE xid(x) <> ALL (ARRAY(SELECT backend_xid FROM activity WHERE backend_xid IS NOT NULL))
             ) AS raced),
    ri AS MATERIALIZED (
      SELECT CASE WHEN ${req} < horizon THEN ${req} ELSE horizon - interval '1 microsecond' END AS instant,
             NOT COALESCE(${req} < horizon, false) AS current,
             COALESCE(${req} < final, false) AS final,
             ${asInstant("final")} AS final_text, raced,
             COALESCE((SELECT max(at) FROM publication) >= horizon, false) AS behind,
             ${withLsn ? Prisma.sql`pg_current_wal_lsn()::text` : Prisma.sql`NULL::text`} AS lsn
      FROM h)`;
}

/**
 * `ri` for an instant already resolved. A current answer read in a later snapshot (the second of
 * two statements, or on a replica) is `behind` if it sees a later publication: it then reads
 * the log at the instant, not the public pointers.
 */
function fixedCtes(read: ReadInstant): Prisma.Sql {
  const instant = Prisma.sql`${read.instant}::timestamptz`;
  // The last publication's instant (one index entry, whatever the plan) rather than EXISTS (at >
  // instant): planned once for any instant (a prepared statement's generic plan), the EXISTS
  // form became a sequential scan of the whole log (59 ms at 100,000 revisions).
  const behind = read.current
    ? Prisma.sql`COALESCE((SELECT max(at) FROM publication) > ${instant}, false)`
    : Prisma.sql`false`;
  return Prisma.sql`ri AS (SELECT ${instant} AS instant, ${read.current}::boolean AS current,
    ${read.final}::boolean AS final, NULL::text AS final_text, false AS raced, ${behind} AS behind, NULL::text AS lsn)`;
}

/** The release an instant (SQL) falls in: the latest one cut at or before it, as JSON, or NULL. */
export function releaseAt(instant: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT json_build_object('name', name, 'asOf', ${asInstant("as_of")}, 'contentHash', content_hash)
    FROM release WHERE as_of <= ${instant} ORDER BY as_of DESC, created_at DESC LIMIT 1)`;
}

interface InstantRow {
  ri_instant: string;
  ri_current: boolean;
  ri_final: boolean;
  ri_final_text: string | null;
  ri_raced: boolean;
  ri_behind: boolean;
  ri_lsn: string | null;
  ri_release: { name: string; asOf: string; contentHash: string } | null;
}

export interface ReadAt<Row> {
  read: ReadInstant;
  release: InstantRow["ri_release"];
  rows: Row[];
}

/**
 * What a read's body gets: `instant` (SQL), the instant to read publications up to; `pointers`
 * (SQL boolean), true when the facts' public pointers (fact.published_revision_id) show exactly
 * the state at `instant`: a current answer that no committed publication has overtaken (every
 * publication before the horizon is committed and none lies after it). A body may then read one
 * pointer per fact instead of the whole publication history (see publicNowOrAt).
 */
export type ReadBody = (instant: Prisma.Sql, pointers: Prisma.Sql) => Prisma.Sql;

/**
 * One round trip for a read of the public state: the instant it answers for, the release that
 * instant falls in, and the rows of `body`, which reads publications up to `instant` (SQL), as
 * `Shape` says.
 */
export async function readAt<Row>(
  requested: string | null | undefined,
  body: ReadBody,
  options: { waitMs?: number } & Shape = {},
): Promise<ReadAt<Row>> {
  const wanted = requested ? parseInstant(requested, "asOf") : null;
  const deadline = Date.now() + (options.waitMs ?? 500);
  const waitIfBehind = async (head: InstantRow) => {
    if (!head.ri_behind || Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
    return true;
  };
  if (!wanted && !hasReplicas() && Date.now() - settled.at < SETTLED_REUSE_MS) {
    const read = { instant: settled.instant, current: true, final: false };
    const row = await query<Row>(getDb(), fixedCtes(read), body, options);
    if (!row.ri_behind) return answer(row);
  }
  for (let raced = 0; ; ) {
    if (hasReplicas() || raced >= MAX_RACED) {
      // Two statements: the instant on the primary, then the body in a later snapshot, which
      // holds every transaction that had committed when the instant was chosen (so `raced` does
      // not matter); with replicas, on a replica that has replayed the primary's position then.
      if (hasReplicas() && wanted && wanted < knownFinal) {
        await requireReplayed(knownFinalLsn);
        return answer(await query<Row>(getDb(), instantCtes(wanted), body, options));
      }
      const head = await query<object>(getPrimaryDb(), instantCtes(wanted, hasReplicas()), NOTHING, {});
      if (await waitIfBehind(head)) continue;
      const lsn = head.ri_lsn ? parseLsn(head.ri_lsn) : 0n;
      if (noteFinal(head.ri_final_text)) knownFinalLsn = lsn;
      if (hasReplicas()) await requireReplayed(lsn);
      const read = { instant: head.ri_instant, current: head.ri_current, final: head.ri_final };
      return answer(await query<Row>(getDb(), fixedCtes(read), body, options));
    }
    const row = await query<Row>(getDb(), instantCtes(wanted), body, options);
    if (row.ri_raced) {
      raced++;
      continue;
    }
    if (await waitIfBehind(row)) continue;
    noteFinal(row.ri_final_text);
    if (row.ri_current && !row.ri_behind && row.ri_instant > settled.instant) {
      settled = { instant: row.ri_instant, at: Date.now() };
    }
    return answer(row);
  }
}

/**
 * A statement that raced a committing writer is read again at once; a transaction id that stays
 * in progress with no backend holding it (a prepared transaction) would race every time, so
 * after this many the read takes two statements instead.
 */
const MAX_RACED = 3;

const NOTHING = () => Prisma.sql`SELECT WHERE false`;

type Answered<Row> = InstantRow & { q_rows: Row[] | null };

/**
 * How the body's rows come back: as one JSON array, in the order of `orderBy` (its columns,
 * qualified as `q.`); or, `single`, a body of exactly one row whose columns come back as they
 * are, beside the instant's (no JSON: a body that writes its answer as text sends it unescaped).
 */
interface Shape {
  orderBy?: Prisma.Sql;
  single?: boolean;
  /**
   * Sent as a named statement (see statementName): each connection parses it once, and PostgreSQL
   * may plan it once for any instant (a generic plan, chosen when it costs no more than the
   * plans for the values given). Only for a body whose plan has no choice that grows with the
   * history (revisions by key, one relation's publications by its index range): a generic plan
   * cannot see the values, so a choice the values would have ruled out can be kept.
   */
  prepared?: boolean;
}

/** A named statement's name: its text's hash, so two texts never share one (pg refuses that). */
const statementName = (text: string) => `dyad_${createHash("sha1").update(text).digest("hex")}`;

/**
 * Pools whose server shares one session between their connections, so a statement one connection
 * named already exists for the next (42P05), or is missing where it was named (26000): the
 * embedded database (one PGlite session behind its socket) or a transaction-mode pooler. Their
 * reads are sent unnamed from the first clash on.
 */
const sharedSession = new WeakSet<pg.Pool>();
const NAMED_STATEMENT_CLASH = new Set(["42P05", "26000"]);

/**
 * One statement straight to the client's pg pool (see poolOf).
 */
async function query<Row>(
  db: ReturnType<typeof getDb>,
  ctes: Prisma.Sql,
  body: ReadBody,
  shape: Shape,
): Promise<Answered<Row>> {
  const rows = body(Prisma.sql`rr.instant`, Prisma.sql`rr.pointers`);
  const statement = Prisma.sql`
    WITH ${ctes},
    rr AS MATERIALIZED (SELECT ri.*, ${releaseAt(Prisma.sql`ri.instant`)} AS release,
                               ri.current AND NOT ri.behind AS pointers FROM ri)
    SELECT ${asInstant("rr.instant")} AS ri_instant, rr.current AS ri_current, rr.final AS ri_final,
           rr.final_text AS ri_final_text, rr.raced AS ri_raced, rr.behind AS ri_behind, rr.lsn AS ri_lsn,
           rr.release AS ri_release,
           ${
             shape.single
               ? Prisma.sql`q.* FROM rr LEFT JOIN LATERAL (${rows}) q ON true`
               : Prisma.sql`(SELECT json_agg(q ${shape.orderBy ? Prisma.sql`ORDER BY ${shape.orderBy}` : Prisma.empty})
                            FROM (${rows}) q) AS q_rows FROM rr`
           }`;
  const pool = poolOf(db);
  const unnamed = { text: statement.text, values: statement.values };
  let result: pg.QueryResult<Answered<Row>>;
  if (shape.prepared && !sharedSession.has(pool)) {
    try {
      result = await pool.query<Answered<Row>>({ ...unnamed, name: statementName(statement.text) });
    } catch (error) {
      if (!NAMED_STATEMENT_CLASH.has(databaseFailure(error)?.sqlState ?? "")) throw error;
      sharedSession.add(pool);
      result = await pool.query<Answered<Row>>(unnamed);
    }
  } else {
    result = await pool.query<Answered<Row>>(unnamed);
  }
  const row = result.rows[0];
  if (!row) throw new Error("The database did not report the time");
  // A single row's columns are the body's own, beside the instant's.
  return shape.single ? { ...row, q_rows: [row as unknown as Row] } : row;
}

/** Remember the highest final instant seen; true when it rose. */
function noteFinal(final: string | null): boolean {
  if (!final || final <= knownFinal) return false;
  knownFinal = final;
  return true;
}

/**
 * How many answers about "now" this process has given while a committed publication lay beyond
 * their instant (`behind` still true when the wait ran out): such an answer misses a publish
 * whose revalidation may already have happened, so a cache must not keep it. A cache compares
 * this count before and after its read (apps/web/lib/api/answer-cache.ts), which spares the
 * extra round trip of asking the database again (publishedAfter).
 */
let behindAnswers = 0;
export const currentAnswersBehind = () => behindAnswers;

function answer<Row>(row: Answered<Row>): ReadAt<Row> {
  if (row.ri_current && row.ri_behind) behindAnswers++;
  return {
    read: { instant: row.ri_instant, current: row.ri_current, final: row.ri_final },
    release: row.ri_release,
    rows: row.q_rows ?? [],
  };
}

/**
 * The instant a read answers for, on its own (for reads that need it before their queries).
 * Call it before the read's own query, which then sees every publication up to the instant.
 */
export async function resolveReadInstant(asOf?: string | null): Promise<ReadInstant> {
  return (await readAt(asOf, NOTHING)).read;
}

/**
 * Whether a publication after `instant` is already committed: an answer for `instant` computed
 * as "now" is then behind, and must not be cached as the current answer (the publish that would
 * refresh the cache may already have happened).
 */
export async function publishedAfter(instant: string): Promise<boolean> {
  // The primary: a replica could still be behind the very publish this guards against. Straight
  // to the pool, as the reads' own statements: through Prisma, a raw query is compiled each time.
  const { rows } = await poolOf(getPrimaryDb()).query<{ after: boolean }>(
    "SELECT EXISTS (SELECT 1 FROM publication WHERE at > $1::timestamptz) AS after",
    [instant],
  );
  return rows[0]?.after ?? false;
}
