import { currentAnswersBehind } from "@dyad/db";
import { LRUCache } from "lru-cache";

/**
 * The API's answers about "now", kept in this process ready to send: the bytes and the ETag,
 * under the cache tags of what they read, from the second time they are asked (a key asked once
 * is only noted). A hit costs a map lookup; Next's data cache, used
 * before, stored the answer as JSON text and parsed it back on every hit, and serialised it
 * again for every store.
 *
 * A publish expires the tags it touched through the site's revalidation path
 * (app/api/revalidate, and Redis for the other instances: cache-handler.mjs), which counts when
 * this process learned of each expiry. An entry is served only while none of its tags expired
 * after the read that made it began, and is not stored at all if one did meanwhile: a publish
 * that committed after the read's snapshot is revalidated after its commit, so it expires the
 * answer whether its revalidation arrives before the store or after it. The one answer that
 * could miss a publish revalidated before the read began is one given while a committed
 * publication lay beyond its instant (@dyad/db currentAnswersBehind), and none is stored while
 * such an answer is given.
 */
export interface Answer {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  final: boolean;
  /** A page's Link header (reads.ts). */
  link?: string;
}

interface Entry {
  answer: Answer;
  tags: string[];
  /** The expiry count when the read began. */
  epoch: number;
}

/** What a read notes before it starts, to know whether its answer may be kept. */
export interface Ticket {
  epoch: number;
  behind: number;
}

interface Expired {
  epoch: number;
  tags: Map<string, number>;
}
interface SharedCache {
  sync(): Promise<void>;
}
const g = globalThis as { [key: symbol]: unknown };
const expired = () => g[Symbol.for("dyad.expiredTags")] as Expired | undefined;
const shared = () => g[Symbol.for("dyad.sharedCache")] as SharedCache | undefined;

/**
 * At most this many bytes of answers (a relation's 100 facts are about 68 kB, so about 240 of
 * those): the hot reads are a few hundred answers, one-off queries are not kept (askedOnce), and
 * the server's memory under load stays where it was with Next's data cache (BENCHMARKS.md). A
 * lifetime of an hour, as the site's data cache, is a safety net for a lost revalidation, not
 * the freshness mechanism.
 */
const MAX_BYTES = 16 * 1024 * 1024;
const entries = new LRUCache<string, Entry>({
  maxSize: MAX_BYTES,
  sizeCalculation: (entry, key) => entry.answer.body.byteLength + key.length,
  ttl: 3_600_000,
});

/**
 * Keys asked once whose answer was not kept: an answer is kept from the second time its key is
 * asked. Most keys are asked once (a new limit, filter or search of a client's own), and keeping
 * each of their answers turned the whole cache over (about 68 kB a read) and evicted the hot
 * answers; the keys alone are about 100 bytes each.
 */
const askedOnce = new LRUCache<string, true>({ max: 4096 });

const fresh = (tags: string[], since: number, known: Expired) =>
  tags.every((tag) => (known.tags.get(tag) ?? 0) <= since);

/** Note the state before a read; undefined when answers cannot be kept (no revalidation path loaded). */
export function beginRead(): Ticket | undefined {
  const known = expired();
  return known ? { epoch: known.epoch, behind: currentAnswersBehind() } : undefined;
}

/** The kept answer for `key`, if none of its tags expired since (other instances' expiries learned first). */
export async function cachedAnswer(key: string): Promise<Answer | undefined> {
  const known = expired();
  const sharing = shared();
  if (!known || !sharing) return undefined;
  try {
    await sharing.sync();
  } catch {
    // Redis unreachable: whether a publish expired this answer is unknown, so read again.
    return undefined;
  }
  const entry = entries.get(key);
  if (!entry) return undefined;
  if (fresh(entry.tags, entry.epoch, known)) return entry.answer;
  entries.delete(key);
  // Asked again after a publish: kept again at once.
  askedOnce.set(key, true);
  return undefined;
}

/** Keep `answer`, read since `ticket`, unless a tag of it expired or an answer fell behind meanwhile. */
export function keepAnswer(key: string, answer: Answer, tags: string[], ticket: Ticket | undefined): void {
  const known = expired();
  if (!ticket || !known || currentAnswersBehind() !== ticket.behind) return;
  if (!askedOnce.delete(key)) {
    askedOnce.set(key, true);
    return;
  }
  if (fresh(tags, ticket.epoch, known)) entries.set(key, { answer, tags, epoch: ticket.epoch });
}
