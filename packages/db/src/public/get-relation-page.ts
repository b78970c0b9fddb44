import { z } from "zod";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { getPublicRelation } from "../relations/get-public-relation";
import { msToIso } from "./versions";

const ZOptions = z.strictObject({
  slug: z.string().trim().min(1).max(200),
  asOf: z.coerce.date().optional(),
});

/**
 * Everything the public relation page shows: the relation as published now or at `asOf`
 * (getPublicRelation), plus every version instant of the page (see versions.ts), which gives
 * "last updated", the links between versions and the history.
 */
export async function getRelationPage(options: z.input<typeof ZOptions>) {
  const { slug, asOf } = parseInput(ZOptions, options);
  const [view, rows] = await Promise.all([
    getPublicRelation({ slug, asOf }),
    getDb().$queryRaw<{ ms: number }[]>`
      SELECT DISTINCT ceil(extract(epoch FROM p.at) * 1000)::float8 AS ms
      FROM publication p JOIN relation r ON r.id = p.relation_id
      WHERE r.slug = ${slug}
      ORDER BY ms`,
  ]);
  const versions = rows.map((r) => msToIso(r.ms));
  const until = asOf?.getTime() ?? Number.POSITIVE_INFINITY;
  const shown = versions.filter((v) => Date.parse(v) <= until);
  return {
    ...view,
    /** Every version instant of the page, oldest first (also those after asOf). */
    versions,
    firstPublishedAt: shown[0] ?? null,
    lastPublishedAt: shown.at(-1) ?? null,
  };
}
export type RelationPage = Awaited<ReturnType<typeof getRelationPage>>;
