import { getPrimaryDb, poolOf } from "../client";
import { dbEnv } from "../env";
import { notifyPublicSite } from "./notify-public-site";
import { tagsForFactChange } from "./tags";

/** The public site takes at most this many tags a request (apps/web/app/api/revalidate). */
const TAGS_PER_REQUEST = 100;
/** Pending rows older than the site's cache lifetime (lib/cache.ts) have refreshed on their own. */
const STALE_AFTER = "1 hour";

/** Whether a public site to revalidate is configured (DYAD_WEB_URL and its secret). */
function revalidates(): boolean {
  const { DYAD_WEB_URL, DYAD_REVALIDATE_SECRET } = dbEnv();
  return Boolean(DYAD_WEB_URL && DYAD_REVALIDATE_SECRET);
}

/**
 * Deliver the revalidations still in the outbox (a trigger adds one per publication, in the
 * publishing transaction) and delete those the site took. Called after each commit that
 * publishes, and periodically by the editor (instrumentation.ts), so a revalidation lost to a
 * site that was down or a process that died after its commit still arrives. No transaction is
 * held while the site is called (it reads the database to revalidate). Two deliverers may send
 * the same tags; revalidating twice is harmless. `deleteNow` false: see deliveredNotDeleted.
 */
export async function deliverRevalidations(options: { deleteNow?: boolean } = {}): Promise<{ delivered: number }> {
  if (!revalidates()) return { delivered: 0 };
  return deliverPending(await pendingRevalidations(), options.deleteNow ?? true);
}

type Pending = { id: string; fact_id: string | null; slug: string; country_a: string; country_b: string }[];

/**
 * Rows this process told the site of and has not deleted yet (a delivery after a publish leaves
 * them): the next read of the outbox deletes them in its own statement, so a publish's delivery
 * is one commit (issue 21.4), not a read and a DELETE. Until then another deliverer (the sweep of
 * another editor instance) may send their tags again, which is harmless.
 */
const deliveredNotDeleted = new Set<string>();

/**
 * Whether a sweep in this process reads the outbox every few seconds (the editor's), and so
 * deletes what a delivery after a publish left soon. Without one (a test worker, a script), such
 * rows would wait for another process's sweep, which would send their tags a second time: those
 * processes delete at once.
 */
let sweptHere = false;

/** Called by a process that sweeps the outbox periodically (apps/editor/lib/revalidation-sweep.ts). */
export function outboxSweptHere(): void {
  sweptHere = true;
}

/**
 * The outbox on the primary's pg pool itself, as the save and the approve run: every publish's
 * delivery reads it, and this keeps Prisma off the edit-and-publish path (issue 21.4).
 */
const outbox = () => poolOf(getPrimaryDb());

/** The outbox's pending rows, oldest first, deleting those this process already delivered. */
async function pendingRevalidations(): Promise<Pending> {
  const done = [...deliveredNotDeleted];
  // The DELETE and the SELECT see one snapshot: the SELECT leaves out what the DELETE removes.
  const { rows } = await outbox().query<Pending[number]>(
    `WITH delivered AS (DELETE FROM revalidation_outbox WHERE id = ANY($1::bigint[]))
     SELECT o.id::text AS id, o.fact_id, r.slug, r.country_a, r.country_b
       FROM revalidation_outbox o JOIN relation r ON r.id = o.relation_id
      WHERE o.id <> ALL($1::bigint[])
      ORDER BY o.id LIMIT 1000`,
    [done],
  );
  for (const id of done) deliveredNotDeleted.delete(id);
  return rows;
}

/**
 * Tell the site the tags of `rows`, then delete the rows it took: at once, or (`deleteNow`
 * false: a delivery after a publish) with the next read of the outbox.
 */
async function deliverPending(rows: Pending, deleteNow: boolean): Promise<{ delivered: number }> {
  if (rows.length === 0) return { delivered: 0 };
  const tags = [
    ...new Set(
      rows.flatMap((r) =>
        tagsForFactChange({
          relationSlug: r.slug,
          factId: r.fact_id ?? undefined,
          countryCodes: [r.country_a, r.country_b],
        }),
      ),
    ),
  ];
  for (let i = 0; i < tags.length; i += TAGS_PER_REQUEST) {
    if (!(await notifyPublicSite(tags.slice(i, i + TAGS_PER_REQUEST)))) return { delivered: 0 };
  }
  const ids = rows.map((r) => r.id);
  if (deleteNow) await outbox().query("DELETE FROM revalidation_outbox WHERE id = ANY($1::bigint[])", [ids]);
  else for (const id of ids) deliveredNotDeleted.add(id);
  return { delivered: rows.length };
}

/** Drop revalidations nobody delivered within the pages' own lifetime (no site configured). */
export async function pruneRevalidations(): Promise<void> {
  await outbox().query(`DELETE FROM revalidation_outbox WHERE created_at < now() - interval '${STALE_AFTER}'`);
}

/** The delivery running in this process, and whether another commit asked for one meanwhile. */
let delivering: Promise<void> | undefined;
let askedAgain = false;

/**
 * Deliver what the outbox holds, one delivery at a time per process: a commit that asks while
 * one runs gets one more pass after it, which takes every row committed by then. So a burst of
 * publishes sends each tag once per pass instead of every publish resending the backlog, and
 * the promise resolves only after a pass that started after the caller's commit.
 */
export function deliverSoon(): Promise<void> {
  if (delivering) {
    askedAgain = true;
    return delivering;
  }
  delivering = (async () => {
    do {
      askedAgain = false;
      await deliverRevalidations({ deleteNow: !sweptHere });
    } while (askedAgain);
  })().finally(() => {
    delivering = undefined;
  });
  return delivering;
}

/**
 * Tell the site what this transaction published once it commits, without the caller waiting
 * (lib/after-commit.ts). If the process dies first, the outbox sweep delivers it.
 */
export function revalidateAfterCommit(context: { afterCommit(effect: () => Promise<unknown>): void }): void {
  context.afterCommit(deliverSoon);
}
