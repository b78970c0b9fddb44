import type { TApiFact } from "@dyad/api-contract";
import { ZListFactsQuery, ZSlug } from "@dyad/api-contract";
import { ZUuid } from "@dyad/core/schemas/fact";
import { firstDay, lastDay } from "@dyad/core/schemas/partial-date";
import { z } from "zod";
import { notFound, parseInput } from "../errors";
import { validDuringSql } from "../facts/valid-during";
import { Prisma } from "../generated/prisma/client";
import { asInstant } from "../read-model/instant";
import { publicNowOrAt } from "../read-model/public-at";
import { encodeCursor } from "./cursor";
import { asOfParam, pageLinks, pageStart } from "./paging";
import { readAt } from "./read-instant";
import { API_LICENCE, releaseRef } from "./read-meta";

const ZOptions = z.intersection(z.strictObject({ slug: ZSlug }), ZListFactsQuery);
const ZPosition = z.strictObject({ from: z.string().regex(/^(\d{4}-\d{2}-\d{2}|-infinity)$/), id: ZUuid });

interface Row {
  /** The whole list's count. */
  total: number;
  /** Whether the relation exists (an empty list of an unknown relation is a 404). */
  known: boolean;
  /** The page's facts as JSON text, comma-separated (null for an empty page). */
  data_json: string | null;
  /** Whether a fact follows the page, and the position of the page's last fact if so. */
  more: boolean;
  last_from: string | null;
  last_id: string | null;
  /** The relation's last publication (or withdrawal) at or before the read's instant. */
  changed_at: string | null;
}

/**
 * A relation's facts as the public saw them at an instant, oldest valid time first (undated
 * first), filtered by kind, valid-time overlap and words of the statement; `data` as JSON text
 * (what the API sends; listApiFacts parses it). This is the API's hot read, so it is one round
 * trip (readAt: the instant, its release and the page together) and its cost follows the
 * relation's own history, not the whole database's: for "now", the facts' public pointers (one
 * row per fact); for a past instant, the relation's publications up to it (an index-only range).
 * Each fact of the page is its revision's stored JSON (revision_api_json, written when the
 * revision was first published: a revision and its citations never change) with the parts that
 * are not the revision's (relation, publication instant) put around it, so neither PostgreSQL
 * nor the web process builds, parses or serialises an object per fact.
 */
export async function listApiFactsJson(options: z.input<typeof ZOptions>) {
  const { slug, kind, on, validFrom, validTo, q, limit, ...paging } = parseInput(ZOptions, options);
  const { requested, after } = pageStart("facts", paging, ZPosition);

  // Conditions on the revision (kind, valid time, words): without them the count of a later
  // page need not read any revision.
  const onRevision: Prisma.Sql[] = [];
  if (kind) onRevision.push(Prisma.sql`r.kind::text IN (${Prisma.join(kind)})`);
  // `on` is the period of one partial date: "2010" is every day of 2010.
  const [start, end] = on ? [on, on] : [validFrom, validTo];
  if (start || end) onRevision.push(validDuringSql("r", start ? firstDay(start) : null, end ? lastDay(end) : null));
  if (q) onRevision.push(Prisma.sql`to_tsvector('english', r.statement) @@ websearch_to_tsquery('english', ${q})`);
  const whole = Prisma.join([Prisma.sql`rel.slug = ${slug}`, ...onRevision], " AND ");
  const onPage = after
    ? Prisma.sql`${whole} AND (COALESCE(j.valid_from, '-infinity'::date), v.fact_id) > (${after.from}::date, ${after.id}::uuid)`
    : whole;

  // The relation's part of every fact, written once per statement (an uncorrelated subquery is
  // evaluated once): written per row it was a tenth of the statement's time (measured).
  const relationJson = Prisma.sql`(SELECT ',"relation":' || to_json(slug) || ',"countries":[' || to_json(country_a)
    || ',' || to_json(country_b) || ']' FROM relation WHERE slug = ${slug})`;
  const { read, release, rows } = await readAt<Row>(
    requested,
    (instant, pointers) => {
      const facts = Prisma.sql`FROM relation rel
        CROSS JOIN LATERAL (${publicNowOrAt(instant, pointers, Prisma.sql`rel.id`)}) v`;
      // One row by key per fact: its revision's stored JSON with the revision's number and
      // valid_from beside it (revision_api_json, written with the revision's first publication by
      // a trigger, so every public revision has one), kept from being flattened (OFFSET 0): as a
      // join, a small database's planner hashed the whole table for every read (measured: 57 ms of
      // a 66 ms read at 20,000 revisions). The revision itself is read only where a condition
      // needs it: two rows per fact cost a fifth more (BENCHMARKS.md, eleventh session).
      const stored = Prisma.sql`CROSS JOIN LATERAL (SELECT number, valid_from, json FROM revision_api_json
        WHERE revision_api_json.revision_id = v.revision_id OFFSET 0) j`;
      const revision = Prisma.sql`CROSS JOIN LATERAL (SELECT * FROM fact_revision WHERE fact_revision.id = v.revision_id OFFSET 0) r`;
      const conditions = onRevision.length ? revision : Prisma.empty;
      // The whole list's count, in the same statement (no second round trip). A first page sorts
      // every fact of the list before it keeps `limit` of them, so a window over those rows counts
      // them; a later page starts after its cursor, so the list is counted on its own (reading
      // revisions only when a condition needs them), with one row even for an empty page (a
      // cursor past the end still says how many there are).
      const counted = after
        ? Prisma.sql`(SELECT count(*)::int AS total ${facts} ${conditions} WHERE ${whole}) t LEFT JOIN`
        : Prisma.empty;
      return Prisma.sql`
      SELECT ${after ? Prisma.sql`t.total` : Prisma.sql`COALESCE(max(p.total), 0)::int`} AS total,
        EXISTS (SELECT 1 FROM relation WHERE slug = ${slug}) AS known,
        -- An API fact's fields in toApiFact's order (read-model/fact-record.ts): the revision's
        -- stored JSON from "kind" to "note" between its ids, relation and publication instant.
        -- One concat() rather than a chain of ||, each of which copies the text so far (a tenth
        -- of the statement, measured); none of its parts is NULL for a public fact.
        string_agg(concat('{"factId":"', p.fact_id, '","revisionId":"', p.revision_id, '","revision":', p.number,
            ${relationJson}, ',', p.json,
            ',"publishedAt":"', ${asInstant("p.at")}, '"}'), ',' ORDER BY p.n)
          FILTER (WHERE p.n <= ${limit}) AS data_json,
        count(p.n) > ${limit} AS more,
        -- Written for the page's last fact only (the filter comes before the argument).
        max(COALESCE(to_char(p.valid_from, 'YYYY-MM-DD'), '-infinity')) FILTER (WHERE p.n = ${limit}) AS last_from,
        max(p.fact_id::text) FILTER (WHERE p.n = ${limit}) AS last_id,
        (SELECT ${asInstant("max(pb.at)")} FROM publication pb
          WHERE pb.relation_id = (SELECT id FROM relation WHERE slug = ${slug}) AND pb.at <= ${instant}) AS changed_at
      FROM ${counted} (
        SELECT row_number() OVER (ORDER BY sort_key, fact_id) AS n, * FROM (
          SELECT v.fact_id, v.revision_id, j.number, v.at, j.json,
            COALESCE(j.valid_from, '-infinity'::date) AS sort_key,
            j.valid_from,
            -- Counted before the LIMIT: every row of a first page's list.
            ${after ? Prisma.sql`NULL::int` : Prisma.sql`count(*) OVER ()::int`} AS total
          ${facts} ${stored} ${conditions}
          WHERE ${onPage}
          ORDER BY sort_key, v.fact_id
          LIMIT ${limit + 1}) page) p ${after ? Prisma.sql`ON true` : Prisma.empty}
      ${after ? Prisma.sql`GROUP BY t.total` : Prisma.empty}`;
    },
    // Prepared: revisions by key behind OFFSET 0 and a relation's publications by its index
    // range leave its plan no choice that grows with the history (EXPLAIN of the generic plan).
    { single: true, prepared: true },
  );
  const row = rows[0];
  if (!row?.data_json && !after && !row?.known) throw notFound("Relation");
  const nextCursor =
    row?.more && row.last_from && row.last_id
      ? encodeCursor("facts", { from: row.last_from, id: row.last_id, t: read.instant })
      : null;
  const params = { asOf: asOfParam(read), on, kind: kind?.join(","), validFrom, validTo, q, limit };
  return {
    dataJson: `[${row?.data_json ?? ""}]`,
    meta: {
      asOf: read.instant,
      current: read.current,
      final: read.final,
      release: releaseRef(release),
      licence: API_LICENCE,
      limit,
      nextCursor,
      total: row?.total ?? 0,
    },
    links: pageLinks(`/api/v1/relations/${slug}/facts`, params, nextCursor, paging.cursor),
    // Not part of the body: with the query and the release it identifies the answer (every fact
    // of it and its count are what the relation's publications up to then made public), so an
    // answer about now gets its ETag from these rather than from hashing its bytes (reads.ts).
    changedAt: row?.changed_at ?? null,
  };
}

/** listApiFactsJson with `data` as objects: for callers that read the facts rather than send them. */
export async function listApiFacts(options: z.input<typeof ZOptions>) {
  const { dataJson, changedAt: _, ...rest } = await listApiFactsJson(options);
  return { data: JSON.parse(dataJson) as TApiFact[], ...rest };
}
