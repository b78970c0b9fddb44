import { ZSlug, ZValidReadQuery } from "@dyad/api-contract";
import { firstDay, lastDay } from "@dyad/core/schemas/partial-date";
import { ZRelatedLinks } from "@dyad/core/schemas/related-link";
import { z } from "zod";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { validDuringSql } from "../facts/valid-during";
import { Prisma } from "../generated/prisma/client";
import { publicAt, relationIdOf } from "../read-model/public-at";
import { asOfParam } from "./paging";
import { resolveReadInstant } from "./read-instant";
import { readMeta } from "./read-meta";
import { querySummaries, toRelationSummary } from "./relation-summaries";

const ZOptions = z.intersection(z.strictObject({ slug: ZSlug }), ZValidReadQuery);

/**
 * One relation at an instant: its countries, how many facts were public, of which kinds, and
 * links to them, and its related links (navigation, current: they are not versioned). A relation
 * with no public fact at that instant is not part of the public data. With `on` (valid time), the
 * counts are of the facts that held on that date, as the facts list with the same `on` gives them.
 */
export async function getApiRelation(options: z.input<typeof ZOptions>) {
  const { slug, asOf, on } = parseInput(ZOptions, options);
  const heldOn = on ? Prisma.sql`WHERE ${validDuringSql("r", firstDay(on), lastDay(on))}` : Prisma.empty;
  const read = await resolveReadInstant(asOf);
  const [rows, kinds, meta, links] = await Promise.all([
    querySummaries(read.instant, Prisma.sql`rel.slug = ${slug}`, 1),
    getDb().$queryRaw<{ kind: string; n: number }[]>`
      SELECT r.kind::text AS kind, count(*)::int AS n
      FROM (${publicAt(read.instant, relationIdOf(slug))}) v JOIN fact_revision r ON r.id = v.revision_id
      ${heldOn}
      GROUP BY r.kind ORDER BY r.kind`,
    readMeta(read),
    getDb().relation.findUnique({ where: { slug }, select: { relatedLinks: true } }),
  ]);
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", `No relation ${slug} with public facts at ${read.instant}`);
  const summary = toRelationSummary(row, asOfParam(read), on);
  return {
    data: {
      ...summary,
      factCount: on ? kinds.reduce((sum, k) => sum + k.n, 0) : summary.factCount,
      kinds: Object.fromEntries(kinds.map((k) => [k.kind, k.n])),
      relatedLinks: ZRelatedLinks.catch([]).parse(links?.relatedLinks ?? []),
    },
    meta,
  };
}
