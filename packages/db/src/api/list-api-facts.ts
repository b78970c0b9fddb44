import { z } from "zod";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { validDuringSql } from "../facts/valid-during";
import { Prisma } from "../generated/prisma/client";
import { type RecordRow, toApiFact } from "../read-model/fact-record";
import { asInstant } from "../read-model/instant";
import { publicNowOrAt } from "../read-model/public-at";
import { type CitationColumns, citationColumns, citationOf, revisionColumns } from "../read-model/revision-row";
import { ZListFactsQuery, ZSlug } from "../schemas/api";
import { ZUuid } from "../schemas/fact";
import { firstDay, lastDay } from "../schemas/partial-date";
import { asOfParam, finishPage, pageLinks, pageStart } from "./paging";
import { readAt } from "./read-instant";
import { API_LICENCE, releaseRef } from "./read-meta";
import type { TApiFact } from "./response-schemas";

const ZOptions = z.intersection(z.strictObject({ slug: ZSlug }), ZListFactsQuery);
const ZPosition = z.strictObject({ from: z.string().regex(/^(\d{4}-\d{2}-\d{2}|-infinity)$/), id: ZUuid });

type Row = Omit<RecordRow, "sources"> &
  CitationColumns & {
    published_at: string;
    source_position: number | null;
    sort_from: string;
    /** The whole list's count (every row has it; the only column of the one row of an empty page). */
    total: number;
  };

/**
 * A relation's facts as the public saw them at an instant, oldest valid time first (undated
 * first), filtered by kind, valid-time overlap and words of the statement. This is the API's hot
 * read, so it is one round trip (readAt: the instant, its release and the page together) and
 * its cost follows the relation's own history, not the whole database's: for "now", the facts'
 * public pointers (one row per fact); for a past instant, the relation's publications up to it
 * (an index-only range); then the page's revisions and their citations joined flat (one row per
 * citation, revision-row.ts's citationColumns, grouped here; cheaper than a JSON aggregate per
 * revision).
 */
export async function listApiFacts(options: z.input<typeof ZOptions>) {
  const { slug, kind, on, validFrom, validTo, q, limit, ...paging } = parseInput(ZOptions, options);
  const { requested, after } = pageStart("facts", paging, ZPosition);

  const filters: Prisma.Sql[] = [Prisma.sql`rel.slug = ${slug}`];
  if (kind) filters.push(Prisma.sql`r.kind::text IN (${Prisma.join(kind)})`);
  // `on` is the period of one partial date: "2010" is every day of 2010.
  const [start, end] = on ? [on, on] : [validFrom, validTo];
  if (start || end) filters.push(validDuringSql("r", start ? firstDay(start) : null, end ? lastDay(end) : null));
  if (q) filters.push(Prisma.sql`to_tsvector('english', r.statement) @@ websearch_to_tsquery('english', ${q})`);
  const whole = Prisma.join(filters, " AND ");
  if (after) {
    filters.push(
      Prisma.sql`(COALESCE(r.valid_from, '-infinity'::date), r.fact_id) > (${after.from}::date, ${after.id}::uuid)`,
    );
  }

  const { read, release, rows } = await readAt<Row>(
    requested,
    (instant, pointers) => Prisma.sql`
      SELECT page.*, c.*, t.total
      -- The whole list's count, in the same statement (no second round trip), and the one row of
      -- an empty page (a cursor past the end still says how many there are).
      FROM (
        SELECT count(*)::int AS total
        FROM relation rel
        CROSS JOIN LATERAL (${publicNowOrAt(instant, pointers, Prisma.sql`rel.id`)}) v
        CROSS JOIN LATERAL (SELECT * FROM fact_revision WHERE fact_revision.id = v.revision_id OFFSET 0) r
        WHERE ${whole}) t
      LEFT JOIN (
        SELECT ${revisionColumns}, rel.slug AS relation, rel.country_a, rel.country_b,
          ${asInstant("v.at")} AS published_at,
          COALESCE(r.valid_from, '-infinity'::date) AS sort_key,
          COALESCE(to_char(r.valid_from, 'YYYY-MM-DD'), '-infinity') AS sort_from
        FROM relation rel
        CROSS JOIN LATERAL (${publicNowOrAt(instant, pointers, Prisma.sql`rel.id`)}) v
        -- One revision by key per fact, kept from being flattened (OFFSET 0): as a join, a small
        -- database's planner hashes the whole fact_revision table for every read (measured:
        -- 57 ms of a 66 ms read at 20,000 revisions).
        CROSS JOIN LATERAL (SELECT * FROM fact_revision WHERE fact_revision.id = v.revision_id OFFSET 0) r
        WHERE ${Prisma.join(filters, " AND ")}
        ORDER BY sort_key, r.fact_id
        LIMIT ${limit + 1}) page ON true
      -- Each revision's citations by key, one at a time (json_agg orders them). Both subqueries
      -- are kept from being flattened (OFFSET 0): planned as joins, a small source table gets
      -- hashed once per revision, or revision_source is scanned whole when the planner expects
      -- many facts.
      LEFT JOIN LATERAL (
        SELECT rs.position AS source_position, ${citationColumns}
        FROM revision_source rs
        CROSS JOIN LATERAL (SELECT * FROM source WHERE source.id = rs.source_id OFFSET 0) s
        WHERE rs.revision_id = page.revision_id OFFSET 0) c ON true`,
    { orderBy: Prisma.sql`q.sort_key, q.fact_id, q.source_position` },
  );
  const facts = groupCitations(rows);
  if (facts.length === 0 && !after && !(await getDb().relation.findUnique({ where: { slug }, select: { id: true } }))) {
    throw notFound("Relation");
  }
  const page = finishPage("facts", facts, limit, read, ({ row }) => ({ from: row.sort_from, id: row.fact_id }));
  const total = rows[0]?.total ?? 0;
  const params = { asOf: asOfParam(read), on, kind: kind?.join(","), validFrom, validTo, q, limit };
  return {
    data: page.rows.map(({ fact }) => fact),
    meta: {
      asOf: read.instant,
      current: read.current,
      final: read.final,
      release: releaseRef(release),
      licence: API_LICENCE,
      limit,
      nextCursor: page.nextCursor,
      total,
    },
    links: pageLinks(`/api/v1/relations/${slug}/facts`, params, page.nextCursor, paging.cursor),
  };
}

/**
 * One API fact per revision, its citations (one row each, in order) gathered into `sources`,
 * with the row it started from (for the page's cursor). Built directly, without intermediate
 * copies: this runs for every fact of every read.
 */
function groupCitations(rows: Row[]): { row: Row; fact: TApiFact }[] {
  const facts: { row: Row; fact: TApiFact }[] = [];
  let last: { row: Row; fact: TApiFact } | undefined;
  for (const row of rows) {
    if (row.revision_id === null) continue; // an empty page's row: the total only
    if (last?.row.revision_id !== row.revision_id) {
      last = { row, fact: toApiFact(row, []) };
      facts.push(last);
    }
    const citation = citationOf(row);
    if (citation) last.fact.sources.push(citation);
  }
  return facts;
}
