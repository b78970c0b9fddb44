// The fact search as it was computed before its indexes (issue 21): the document and trigram text
// written out for every published fact, a full scan. The bench checks that the indexed search
// answers exactly this (the same facts, in the same order, near matches marked alike, the same
// total and kind counts), so a faster search is never a different one.
import type pg from "pg";

const DOCUMENT = `(to_tsvector('english', concat_ws(' ', r.statement, replace(lower(r.kind::text), '_', ' '),
    concat_ws(' ', to_char(r.valid_from, 'YYYY'), to_char(r.valid_to, 'YYYY'))))
  || jsonb_to_tsvector('english', r.data, '["string", "numeric"]'))`;
const TEXT = `concat_ws(' ', r.statement, replace(lower(r.kind::text), '_', ' '), (
  SELECT string_agg(v #>> '{}', ' ')
  FROM jsonb_path_query(r.data, 'strict $.** ? (@.type() == "string" || @.type() == "number")') v))`;

const HITS = `
  SELECT * FROM (
    SELECT f.id AS fact_id, f.relation_id, r.kind, r.valid_from, trim(r.statement) AS sentence,
      CASE WHEN ${DOCUMENT} @@ websearch_to_tsquery('english', $1) THEN 1 WHEN $1 <% ${TEXT} THEN 2 END AS tier,
      (CASE WHEN ${DOCUMENT} @@ websearch_to_tsquery('english', $1)
        THEN ts_rank_cd(${DOCUMENT}, websearch_to_tsquery('english', $1)) ELSE word_similarity($1, ${TEXT}) END)::float4 AS score
    FROM fact f JOIN fact_revision r ON r.id = f.published_revision_id
    WHERE f.deleted_at IS NULL
  ) h WHERE tier IS NOT NULL`;

const PAGE = `
  WITH hits AS (${HITS}),
  sentences AS (
    SELECT DISTINCT ON (relation_id, sentence) fact_id, tier, score, valid_from
    FROM hits ORDER BY relation_id, sentence, tier, score DESC, fact_id)
  SELECT fact_id, tier, count(*) OVER ()::int AS total FROM sentences
  ORDER BY tier, score DESC, valid_from NULLS LAST, fact_id LIMIT $2`;

const KINDS = `SELECT kind::text AS kind, count(*)::int AS count FROM (${HITS}) h GROUP BY kind ORDER BY count DESC, kind`;

export interface SearchAnswer {
  facts: { factId: string; exact: boolean }[];
  total: number;
  kinds: { kind: string; count: number }[];
}

/** The first `limit` facts found for `q`, the number of sentences, and the counts by kind. */
export async function searchReference(pool: pg.Pool, q: string, limit: number): Promise<SearchAnswer> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // As the search does (search-public.ts FUZZY), for this transaction only.
    await client.query("SELECT set_config('pg_trgm.word_similarity_threshold', '0.5', true)");
    const page = await client.query<{ fact_id: string; tier: number; total: number }>(PAGE, [q, limit]);
    const kinds = await client.query<{ kind: string; count: number }>(KINDS, [q]);
    await client.query("COMMIT");
    return {
      facts: page.rows.map((r) => ({ factId: r.fact_id, exact: r.tier === 1 })),
      total: page.rows[0]?.total ?? 0,
      kinds: kinds.rows,
    };
  } finally {
    client.release();
  }
}
