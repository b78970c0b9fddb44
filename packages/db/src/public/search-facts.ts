import type { z } from "zod";
import type { getDb } from "../client";
import { validDuringSql } from "../facts/valid-during";
import { Prisma } from "../generated/prisma/client";
import type { FactKind } from "../schemas/fact-data";
import type { ZSearchRequest } from "../schemas/search";

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

export interface FactHit {
  fact_id: string;
  tier: number;
  claims: number;
  total: number;
  kind: FactKind;
  statement: string;
  headline: string;
  valid_from: Date | null;
  slug: string;
  a_name: string;
  b_name: string;
}

type Facet = "kind" | "relation" | "years";

/**
 * Published facts that match, ranked: tier 1 full-text matches of the document (ts_rank_cd),
 * tier 2 near matches by trigram word similarity (a misspelt word), each filtered by the
 * facets except `except` (so a facet's own counts are not narrowed by its own choice).
 */
function hits(request: Request, except?: Facet): Prisma.Sql {
  const { q, kind, relation, country, from, to } = request;
  const query = Prisma.sql`websearch_to_tsquery('english', ${q})`;
  const filters: Prisma.Sql[] = [Prisma.sql`f.deleted_at IS NULL`];
  // The condition the indexes answer (tier below tells the two apart for the rows found).
  if (q) filters.push(Prisma.sql`(${DOCUMENT} @@ ${query} OR ${q} <% ${text("r")})`);
  if (country) filters.push(Prisma.sql`(rel.country_a = ${country} OR rel.country_b = ${country})`);
  if (kind && except !== "kind") filters.push(Prisma.sql`r.kind::text IN (${Prisma.join(kind)})`);
  if (relation && except !== "relation") filters.push(Prisma.sql`rel.slug = ${relation}`);
  if ((from !== undefined || to !== undefined) && except !== "years") {
    const start = from !== undefined ? new Date(Date.UTC(from, 0, 1)) : null;
    const end = to !== undefined ? new Date(Date.UTC(to, 11, 31)) : null;
    filters.push(validDuringSql("r", start, end));
  }
  // The rows found, behind a fence (OFFSET 0) so the document is computed once per row; tier
  // and score are computed from it after (tier 2: a near match only, by trigram similarity).
  const exact = Prisma.sql`h.document @@ ${query}`;
  const tier = q ? Prisma.sql`CASE WHEN ${exact} THEN 1 ELSE 2 END` : Prisma.sql`1`;
  const score = q
    ? Prisma.sql`CASE WHEN ${exact} THEN ts_rank_cd(h.document, ${query}) ELSE word_similarity(${q}, ${text("h")}) END`
    : Prisma.sql`0`;
  return Prisma.sql`
    SELECT h.fact_id, h.relation_id, h.revision_id, h.kind, h.valid_from, h.slug, h.sentence,
      ${tier} AS tier, (${score})::float4 AS score
    FROM (
      SELECT f.id AS fact_id, f.relation_id, r.id AS revision_id, r.kind, r.valid_from, rel.slug,
        trim(r.statement) AS sentence, r.statement, r.data, ${q ? DOCUMENT : Prisma.sql`NULL::tsvector`} AS document
      FROM fact f
      JOIN fact_revision r ON r.id = f.published_revision_id
      JOIN relation rel ON rel.id = f.relation_id
      WHERE ${Prisma.join(filters, " AND ")}
      OFFSET 0
    ) h`;
}

/**
 * One page of results, a sentence once (at its best-ranked fact, with `claims`: how many facts
 * were read from it), with the number of sentences in all (`total`).
 */
export function searchFactPage(db: Db, request: Request) {
  const { q, page, limit } = request;
  return db.$queryRaw<FactHit[]>`
    WITH hits AS (${hits(request)}),
    sentences AS (
      SELECT DISTINCT ON (relation_id, sentence) fact_id, tier, score, valid_from,
        count(*) OVER (PARTITION BY relation_id, sentence)::int AS claims
      FROM hits ORDER BY relation_id, sentence, tier, score DESC, fact_id),
    ranked AS (
      SELECT *, count(*) OVER ()::int AS total FROM sentences
      ORDER BY tier, score DESC, valid_from NULLS LAST, fact_id
      LIMIT ${limit} OFFSET ${(page - 1) * limit})
    SELECT ranked.fact_id, ranked.tier, ranked.claims, ranked.total, r.kind::text AS kind, r.statement, r.valid_from,
      rel.slug, ca.name AS a_name, cb.name AS b_name,
      ts_headline('english', r.statement, websearch_to_tsquery('english', ${q}),
        ${`StartSel=${START}, StopSel=${STOP}, MaxWords=45, MinWords=25, ShortWord=2`}) AS headline
    FROM ranked
    JOIN fact f ON f.id = ranked.fact_id
    JOIN fact_revision r ON r.id = f.published_revision_id
    JOIN relation rel ON rel.id = f.relation_id
    JOIN country ca ON ca.code = rel.country_a
    JOIN country cb ON cb.code = rel.country_b
    ORDER BY ranked.tier, ranked.score DESC, ranked.valid_from NULLS LAST, ranked.fact_id`;
}

/**
 * Facet counts (facts, not sentences): by kind, by relation (the ten largest), and the years
 * covered. A facet not chosen counts the same hits as the others, so those are found once.
 */
export function searchFacets(db: Db, request: Request) {
  const chosen: Record<Facet, boolean> = {
    kind: Boolean(request.kind),
    relation: Boolean(request.relation),
    years: request.from !== undefined || request.to !== undefined,
  };
  const of = (facet: Facet) => (chosen[facet] ? hits(request, facet) : Prisma.sql`SELECT * FROM hits`);
  return db.$queryRaw<{ kinds: unknown; relations: unknown; years: unknown }[]>`
    WITH hits AS MATERIALIZED (${hits(request)})
    SELECT
      (SELECT COALESCE(json_agg(k ORDER BY k.count DESC, k.kind), '[]') FROM (
         SELECT kind::text AS kind, count(*)::int AS count FROM (${of("kind")}) h GROUP BY kind) k) AS kinds,
      (SELECT COALESCE(json_agg(x ORDER BY x.count DESC, x.slug), '[]') FROM (
         SELECT h.slug, max(ca.name) AS a_name, max(cb.name) AS b_name, count(*)::int AS count
         FROM (${of("relation")}) h
         JOIN relation rel ON rel.slug = h.slug
         JOIN country ca ON ca.code = rel.country_a JOIN country cb ON cb.code = rel.country_b
         GROUP BY h.slug ORDER BY count DESC, h.slug LIMIT 10) x) AS relations,
      (SELECT json_build_object('from', min(extract(year FROM valid_from))::int, 'to', max(extract(year FROM valid_from))::int)
         FROM (${of("years")}) h) AS years`;
}
