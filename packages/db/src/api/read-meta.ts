import { getDb } from "../client";
import { asInstant } from "./fact-records";
import type { ReadInstant } from "./read-instant";
import type { TApiReadMeta } from "./response-schemas";

export const releaseUrl = (name: string) => `/api/v1/releases/${encodeURIComponent(name)}`;

/**
 * The release an instant falls in: the latest one cut at or before it. Releases are immutable
 * and cut inside one transaction that holds the settled horizon back (see read-instant.ts), so
 * for a settled instant this answer never changes either.
 */
export async function findReleaseAt(instant: string): Promise<TApiReadMeta["release"]> {
  const rows = await getDb().$queryRaw<{ name: string; as_of: string; content_hash: string }[]>`
    SELECT name, ${asInstant("as_of")} AS as_of, content_hash FROM release
    WHERE as_of <= ${instant}::timestamptz ORDER BY as_of DESC, created_at DESC LIMIT 1`;
  const row = rows[0];
  return row ? { name: row.name, asOf: row.as_of, contentHash: row.content_hash, url: releaseUrl(row.name) } : null;
}

/** The meta block of every read: which instant it answers for and which release that is in. */
export async function readMeta(read: ReadInstant): Promise<TApiReadMeta> {
  return { asOf: read.instant, current: read.current, final: read.final, release: await findReleaseAt(read.instant) };
}
