import { ZListReleasesQuery } from "@dyad/api-contract";
import { parseInstant } from "@dyad/core/instant";
import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "../api/cursor";
import { pageLinks } from "../api/paging";
import { releaseUrl } from "../api/read-meta";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { asInstant } from "../read-model/instant";

const ZPosition = z.strictObject({ asOf: z.string().max(40), id: ZUuid });

/** Releases, newest first; with asOf, those that existed then. */
export async function listReleases(options: z.input<typeof ZListReleasesQuery> = {}) {
  const { asOf, cursor, limit } = parseInput(ZListReleasesQuery, options);
  const after = cursor ? decodeCursor("releases", cursor, ZPosition) : null;
  const existing = asOf ? Prisma.sql`as_of <= ${parseInstant(asOf, "asOf")}::timestamptz` : Prisma.sql`TRUE`;
  const from = after ? Prisma.sql`(as_of, id) < (${after.asOf}::timestamptz, ${after.id}::uuid)` : Prisma.sql`TRUE`;
  const [rows, counted] = await Promise.all([
    getDb().$queryRaw<
      { id: string; name: string; as_of: string; created_at: string; fact_count: number; content_hash: string }[]
    >`
      SELECT id, name, ${asInstant("as_of")} AS as_of, ${asInstant("created_at")} AS created_at, fact_count, content_hash
      FROM release
      WHERE ${from} AND ${existing}
      ORDER BY as_of DESC, id DESC LIMIT ${limit + 1}`,
    getDb().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM release WHERE ${existing}`,
  ]);
  const kept = rows.slice(0, limit);
  const last = kept[kept.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor("releases", { asOf: last.as_of, id: last.id }) : null;
  return {
    data: kept.map((r) => ({
      name: r.name,
      asOf: r.as_of,
      createdAt: r.created_at,
      factCount: r.fact_count,
      contentHash: r.content_hash,
      url: releaseUrl(r.name),
    })),
    meta: { limit, nextCursor, total: counted[0]?.total ?? 0 },
    links: pageLinks("/api/v1/releases", { asOf, limit }, nextCursor, cursor),
  };
}
