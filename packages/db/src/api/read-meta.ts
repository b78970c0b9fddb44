import { getDb } from "../client";
import { Prisma } from "../generated/prisma/client";
import { type ReadInstant, releaseAt } from "./read-instant";
import type { TApiReadMeta } from "./response-schemas";

export const releaseUrl = (name: string) => `/api/v1/releases/${encodeURIComponent(name)}`;

type ReleaseJson = { name: string; asOf: string; contentHash: string } | null;

/** A release reference as the API shows it. */
export const releaseRef = (row: ReleaseJson): TApiReadMeta["release"] =>
  row ? { ...row, url: releaseUrl(row.name) } : null;

/**
 * The release an instant falls in: the latest one cut at or before it. Releases are immutable
 * and cut inside one transaction that holds the settled horizon back (see read-instant.ts), so
 * for a settled instant this answer never changes either.
 */
async function findReleaseAt(instant: string): Promise<TApiReadMeta["release"]> {
  const rows = await getDb().$queryRaw<{ release: ReleaseJson }[]>`
    SELECT ${releaseAt(Prisma.sql`${instant}::timestamptz`)} AS release`;
  return releaseRef(rows[0]?.release ?? null);
}

/** The meta block of every read: which instant it answers for and which release that is in. */
export async function readMeta(read: ReadInstant): Promise<TApiReadMeta> {
  return { asOf: read.instant, current: read.current, final: read.final, release: await findReleaseAt(read.instant) };
}
