import type { TApiReadMeta } from "@dyad/api-contract";
import { DATA_LICENCE, WIKIPEDIA_TEXT_LICENCE } from "@dyad/core/licence";
import { getDb } from "../client";
import { Prisma } from "../generated/prisma/client";
import { type ReadInstant, releaseAt } from "./read-instant";

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

/** The licences of every answer (licence.ts). */
export const API_LICENCE: TApiReadMeta["licence"] = {
  data: { name: DATA_LICENCE.name, url: DATA_LICENCE.url },
  text: {
    name: WIKIPEDIA_TEXT_LICENCE.name,
    url: WIKIPEDIA_TEXT_LICENCE.url,
    appliesTo: "Statements citing a Wikipedia article: attribute them to that article (its title and url)",
  },
};

/** The meta block of every read: which instant it answers for, which release that is in, licences. */
export async function readMeta(read: ReadInstant): Promise<TApiReadMeta> {
  const release = await findReleaseAt(read.instant);
  return { asOf: read.instant, current: read.current, final: read.final, release, licence: API_LICENCE };
}
