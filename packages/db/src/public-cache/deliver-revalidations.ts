import { getDb } from "../client";
import { dbEnv } from "../env";
import type { Tx } from "../tx";
import { notifyPublicSite } from "./notify-public-site";
import { tagsForFactChange } from "./tags";

/** The public site takes at most this many tags a request (apps/web/app/api/revalidate). */
const TAGS_PER_REQUEST = 100;
/** Pending rows older than the site's cache lifetime (lib/cache.ts) have refreshed on their own. */
const STALE_AFTER = "1 hour";

/**
 * Deliver the revalidations still in the outbox (a trigger adds one per publication, in the
 * publishing transaction) and delete those the site took. Called after each commit that
 * publishes, and periodically by the editor (instrumentation.ts), so a revalidation lost to a
 * site that was down or a process that died after its commit still arrives. No transaction is
 * held while the site is called (it reads the database to revalidate). Two deliverers may send
 * the same tags; revalidating twice is harmless.
 */
/** Whether a public site to revalidate is configured (DYAD_WEB_URL and its secret). */
function revalidates(): boolean {
  const { DYAD_WEB_URL, DYAD_REVALIDATE_SECRET } = dbEnv();
  return Boolean(DYAD_WEB_URL && DYAD_REVALIDATE_SECRET);
}

export async function deliverRevalidations(): Promise<{ delivered: number }> {
  if (!revalidates()) return { delivered: 0 };
  return deliverPending(await pendingRevalidations(getDb()));
}

type Pending = { id: bigint; fact_id: string | null; slug: string; country_a: string; country_b: string }[];

/** The outbox's pending rows, oldest first. */
async function pendingRevalidations(db: Pick<Tx, "$queryRaw">): Promise<Pending> {
  if (!revalidates()) return [];
  return db.$queryRaw<Pending>`SELECT o.id, o.fact_id, r.slug, r.country_a, r.country_b
      FROM revalidation_outbox o JOIN relation r ON r.id = o.relation_id
     ORDER BY o.id LIMIT 1000`;
}

/** Tell the site the tags of `rows`, then delete the rows it took (deliverRevalidations). */
async function deliverPending(rows: Pending): Promise<{ delivered: number }> {
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
  await getDb().$executeRaw`DELETE FROM revalidation_outbox WHERE id = ANY(${rows.map((r) => r.id)}::bigint[])`;
  return { delivered: rows.length };
}

/** Drop revalidations nobody delivered within the pages' own lifetime (no site configured). */
export async function pruneRevalidations(): Promise<void> {
  await getDb().$executeRawUnsafe(
    `DELETE FROM revalidation_outbox WHERE created_at < now() - interval '${STALE_AFTER}'`,
  );
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
      await deliverRevalidations();
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
