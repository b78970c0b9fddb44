import { z } from "zod";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { ZListFactsQuery, ZSlug } from "../schemas/api";
import { firstDay, lastDay } from "../schemas/partial-date";
import {
  asInstant,
  publicAt,
  type RecordRow,
  recordColumns,
  recordJoins,
  relationIdOf,
  toApiFact,
} from "./fact-records";
import { asOfParam, finishPage, pageLinks, resolvePage } from "./paging";
import { readMeta } from "./read-meta";

const ZOptions = z.intersection(z.strictObject({ slug: ZSlug }), ZListFactsQuery);
const ZPosition = z.strictObject({ from: z.string().regex(/^(\d{4}-\d{2}-\d{2}|-infinity)$/), id: z.uuid() });

/**
 * A relation's facts as the public saw them at an instant, oldest valid time first (undated
 * first), filtered by kind, valid-time overlap and words of the statement. One query per page:
 * the relation's publications up to the instant (an index-only range), the page's revisions and
 * their citations; its cost follows the relation's own history, not the whole database's.
 */
export async function listApiFacts(options: z.input<typeof ZOptions>) {
  const { slug, kind, validFrom, validTo, q, limit, ...paging } = parseInput(ZOptions, options);
  const { read, after } = await resolvePage("facts", paging, ZPosition);
  const db = getDb();

  const filters: Prisma.Sql[] = [];
  if (kind) filters.push(Prisma.sql`r.kind::text IN (${Prisma.join(kind)})`);
  if (validFrom || validTo) {
    const from = validFrom ? firstDay(validFrom) : null;
    const to = validTo ? lastDay(validTo) : null;
    filters.push(Prisma.sql`(r.valid_from IS NOT NULL OR r.valid_to IS NOT NULL)
      AND daterange(r.valid_from, r.valid_to, '[]') && daterange(${from}::date, ${to}::date, '[]')`);
  }
  if (q) filters.push(Prisma.sql`to_tsvector('english', r.statement) @@ websearch_to_tsquery('english', ${q})`);
  if (after) {
    filters.push(
      Prisma.sql`(COALESCE(r.valid_from, '-infinity'::date), r.fact_id) > (${after.from}::date, ${after.id}::uuid)`,
    );
  }
  const where = filters.length ? Prisma.sql`WHERE ${Prisma.join(filters, " AND ")}` : Prisma.empty;

  const [rows, meta] = await Promise.all([
    db.$queryRaw<(RecordRow & { published_at: string; sort_from: string })[]>`
      SELECT ${recordColumns}, ${asInstant("v.at")} AS published_at,
        COALESCE(to_char(r.valid_from, 'YYYY-MM-DD'), '-infinity') AS sort_from
      FROM (${publicAt(read.instant, relationIdOf(slug))}) v ${recordJoins}
      ${where}
      ORDER BY COALESCE(r.valid_from, '-infinity'::date), r.fact_id
      LIMIT ${limit + 1}`,
    readMeta(read),
  ]);
  if (rows.length === 0 && !after && !(await db.relation.findUnique({ where: { slug }, select: { id: true } }))) {
    throw notFound("Relation");
  }
  const page = finishPage("facts", rows, limit, read, (row) => ({ from: row.sort_from, id: row.fact_id }));
  const params = { asOf: asOfParam(read), kind: kind?.join(","), validFrom, validTo, q, limit };
  return {
    data: page.rows.map(toApiFact),
    meta: { ...meta, limit, nextCursor: page.nextCursor },
    links: pageLinks(`/api/v1/relations/${slug}/facts`, params, page.nextCursor, paging.cursor),
  };
}
