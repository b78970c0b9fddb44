import type { ZSearchRequest } from "@dyad/api-contract";
import { ZFactKind } from "@dyad/core/schemas/fact-data";
import { z } from "zod";
import type { getDb } from "../client";
import { validDuringSql } from "../facts/valid-during";
import { Prisma } from "../generated/prisma/client";

type Db = ReturnType<typeof getDb>;
type Request = z.output<typeof ZSearchRequest>;

// Start and end of a highlighted match in ts_headline output: control characters that a
// statement does not contain, so splitting on them is safe and the text is never parsed as HTML.
export const START = "\u0001";
export const STOP = "\u0002";

/**
 * What a fact is found by: its statement, its kind in words ("trade figure", "mission"), the
 * years of its valid time, and every string and number of its structured fields (people,
 * places, agreement titles, amounts, "EMBASSY", "EXPORTS"), so "trade", "embassy", "visit",
 * "2010" or a minister's name find facts whose sentence does not say them. Both are the
 * expressions of GIN indexes (migration 20261208090000_search_indexes defines the functions),
 * written exactly as indexed so the planner answers `@@` and `<%` from the indexes.
 */
const DOCUMENT = Prisma.sql`fact_search_document(r.statement, r.kind, r.valid_from, r.valid_to, r.data)`;
/** The same words as plain text, for trigram similarity (typos), of the row named `t`. */
const text = (t: "r" | "h") =>
  Prisma.sql`fact_search_text(${Prisma.raw(t)}.statement, ${Prisma.raw(t)}.kind, ${Prisma.raw(t)}.data)`;

type Facet = "kind" | "relation" | "years";

/**
 * Published live facts that match the words (and the country), before any facet: tier 1
 * full-text matches of the document (ts_rank_cd), tier 2 near matches by trigram word
 * similarity (a misspelt word).
 *
 * The revisions come from each index on its own (a UNION, not an OR): the trigram index is
 * lossy, and a typo whose trigrams every statement shares ("verzion" against "version") makes it
 * return every revision, each rechecked; under an OR each recheck computed the document too, at
 * twice the cost of the trigram text alone (BENCHMARKS.md "Search from its indexes").
 */
function hits(request: Request): Prisma.Sql {
  const { q, country } = request;
  const query = Prisma.sql`websearch_to_tsquery('english', ${q})`;
  const filters: Prisma.Sql[] = [Prisma.sql`f.deleted_at IS NULL`];
  if (q) {
    filters.push(Prisma.sql`r.id IN (
      SELECT r.id FROM fact_revision r WHERE ${DOCUMENT} @@ ${query}
      UNION SELECT r.id FROM fact_revision r WHERE ${q} <% ${text("r")})`);
  }
  if (country) filters.push(Prisma.sql`(rel.country_a = ${country} OR rel.country_b = ${country})`);
  // The rows found, behind a fence (OFFSET 0) so the document is computed once per row; tier
  // and score are computed from it after (tier 2: a near match only, by trigram similarity).
  const exact = Prisma.sql`h.document @@ ${query}`;
  const tier = q ? Prisma.sql`CASE WHEN ${exact} THEN 1 ELSE 2 END` : Prisma.sql`1`;
  const score = q
    ? Prisma.sql`CASE WHEN ${exact} THEN ts_rank_cd(h.document, ${query}) ELSE word_similarity(${q}, ${text("h")}) END`
    : Prisma.sql`0`;
  return Prisma.sql`
    SELECT h.fact_id, h.relation_id, h.kind, h.valid_from, h.valid_to, h.slug, h.sentence,
      ${tier} AS tier, (${score})::float4 AS score
    FROM (
      SELECT f.id AS fact_id, f.relation_id, r.kind, r.valid_from, r.valid_to, rel.slug,
        trim(r.statement) AS sentence, r.statement, r.data, ${q ? DOCUMENT : Prisma.sql`NULL::tsvector`} AS document
      FROM fact f
      JOIN fact_revision r ON r.id = f.published_revision_id
      JOIN relation rel ON rel.id = f.relation_id
      WHERE ${Prisma.join(filters, " AND ")}
      OFFSET 0
    ) h`;
}

/** The chosen facets as conditions on the hits, but `except` (so a facet's own counts are not narrowed by its own choice). */
function facetFilter(request: Request, except?: Facet): Prisma.Sql {
  const { kind, relation, from, to } = request;
  const filters: Prisma.Sql[] = [Prisma.sql`true`];
  if (kind && except !== "kind") filters.push(Prisma.sql`h.kind::text IN (${Prisma.join(kind)})`);
  if (relation && except !== "relation") filters.push(Prisma.sql`h.slug = ${relation}`);
  if ((from !== undefined || to !== undefined) && except !== "years") {
    const start = from !== undefined ? new Date(Date.UTC(from, 0, 1)) : null;
    const end = to !== undefined ? new Date(Date.UTC(to, 11, 31)) : null;
    filters.push(validDuringSql("h", start, end));
  }
  return Prisma.join(filters, " AND ");
}

/**
 * In one statement, so the words are looked up (and a typo's revisions rechecked) once: one page
 * of results, a sentence once (at its best-ranked fact, with `claims`: how many facts were read
 * from it, and `total`: sentences in all), and the facet counts (facts, not sentences) by kind,
 * by relation (the ten largest) and the years covered, each counted with the other facets chosen.
 */
export function searchFacts(db: Db, request: Request) {
  const { q, page, limit } = request;
  return db.$queryRaw<unknown[]>`
    WITH hits AS MATERIALIZED (${hits(request)}),
    sentences AS (
      SELECT DISTINCT ON (relation_id, sentence) fact_id, tier, score, valid_from,
        count(*) OVER (PARTITION BY relation_id, sentence)::int AS claims
      FROM hits h WHERE ${facetFilter(request)} ORDER BY relation_id, sentence, tier, score DESC, fact_id),
    ranked AS (
      SELECT *, count(*) OVER ()::int AS total FROM sentences
      ORDER BY tier, score DESC, valid_from NULLS LAST, fact_id
      LIMIT ${limit} OFFSET ${(page - 1) * limit}),
    facts AS (
      SELECT ranked.fact_id, ranked.tier, ranked.score, ranked.valid_from, ranked.claims, ranked.total,
        r.kind::text AS kind, r.statement, rel.slug, ca.name AS a_name, cb.name AS b_name,
        ts_headline('english', r.statement, websearch_to_tsquery('english', ${q}),
          ${`StartSel=${START}, StopSel=${STOP}, MaxWords=45, MinWords=25, ShortWord=2`}) AS headline
      FROM ranked
      JOIN fact f ON f.id = ranked.fact_id
      JOIN fact_revision r ON r.id = f.published_revision_id
      JOIN relation rel ON rel.id = f.relation_id
      JOIN country ca ON ca.code = rel.country_a
      JOIN country cb ON cb.code = rel.country_b)
    SELECT
      (SELECT COALESCE(json_agg(json_build_object('fact_id', fact_id, 'tier', tier, 'claims', claims, 'total', total,
           'kind', kind, 'statement', statement, 'headline', headline, 'slug', slug, 'a_name', a_name, 'b_name', b_name)
         ORDER BY tier, score DESC, valid_from NULLS LAST, fact_id), '[]') FROM facts) AS facts,
      (SELECT COALESCE(json_agg(k ORDER BY k.count DESC, k.kind), '[]') FROM (
         SELECT kind::text AS kind, count(*)::int AS count FROM hits h WHERE ${facetFilter(request, "kind")} GROUP BY kind) k) AS kinds,
      (SELECT COALESCE(json_agg(x ORDER BY x.count DESC, x.slug), '[]') FROM (
         SELECT h.slug, max(ca.name) AS a_name, max(cb.name) AS b_name, count(*)::int AS count
         FROM hits h
         JOIN relation rel ON rel.slug = h.slug
         JOIN country ca ON ca.code = rel.country_a JOIN country cb ON cb.code = rel.country_b
         WHERE ${facetFilter(request, "relation")}
         GROUP BY h.slug ORDER BY count DESC, h.slug LIMIT 10) x) AS relations,
      (SELECT json_build_object('from', min(extract(year FROM valid_from))::int, 'to', max(extract(year FROM valid_from))::int)
         FROM hits h WHERE ${facetFilter(request, "years")}) AS years`;
}

/** searchFacts's one row. */
export const ZFactsFound = z.object({
  facts: z.array(
    z.object({
      fact_id: z.string(),
      tier: z.number(),
      claims: z.number(),
      total: z.number(),
      kind: ZFactKind,
      statement: z.string(),
      headline: z.string(),
      slug: z.string(),
      a_name: z.string(),
      b_name: z.string(),
    }),
  ),
  kinds: z.array(z.object({ kind: ZFactKind, count: z.number() })),
  relations: z.array(z.object({ slug: z.string(), a_name: z.string(), b_name: z.string(), count: z.number() })),
  years: z.object({ from: z.number().nullable(), to: z.number().nullable() }),
});
