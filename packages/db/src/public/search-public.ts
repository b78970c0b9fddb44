import { z } from "zod";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { slugify } from "../lib/slugify";
import { relationName } from "./labels";

// Start and end of a highlighted match in ts_headline output: control characters that a
// statement does not contain, so splitting on them is safe and the text is never parsed as HTML.
const START = "\u0001";
const STOP = "\u0002";
/** Trigram word similarity needed to count as a near match (pg_trgm's default is 0.6). */
const FUZZY = 0.5;
const STOP_WORDS = new Set(["and", "the", "of", "between", "relation", "relations"]);

export const ZSearchQuery = z
  .string()
  // Control characters (and NUL, which PostgreSQL text refuses) are never meant; drop them.
  .transform((q) =>
    q
      .replace(/\p{Cc}+/gu, " ")
      .replace(/\s+/g, " ")
      .trim(),
  )
  .pipe(z.string().max(200, "Search for at most 200 characters"));

const ZOptions = z.strictObject({ q: ZSearchQuery, limit: z.number().int().min(1).max(50).default(20) });

interface FactRow {
  fact_id: string;
  statement: string;
  headline: string;
  valid_from: Date | null;
  tier: number;
  slug: string;
  a_name: string;
  b_name: string;
}

/**
 * Search published content only: relations and countries by (typo-tolerant) name, and fact
 * statements by PostgreSQL full-text search ranked with ts_rank_cd, then by trigram word
 * similarity for what full-text search misses (a misspelt word). Drafts, withdrawn and deleted
 * facts are never searched: the join is on the published pointer of a live fact.
 */
export async function searchPublic(options: z.input<typeof ZOptions>) {
  const { q, limit } = parseInput(ZOptions, options);
  if (!q) return { query: q, relations: [], countries: [], facts: [], onlyNearMatches: false };
  const db = getDb();
  const nameQuery = slugify(q)
    .split("-")
    .filter((w) => w && !STOP_WORDS.has(w))
    .join("-");

  const [, factRows] = await db.$transaction([
    // Transaction-local, so the pooled connection keeps the default afterwards.
    db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(FUZZY)}, true)`,
    db.$queryRaw<FactRow[]>`
      WITH exact AS (
        SELECT f.id AS fact_id, 1 AS tier,
          ts_rank_cd(to_tsvector('english', r.statement), websearch_to_tsquery('english', ${q})) AS score
        FROM fact_revision r JOIN fact f ON f.published_revision_id = r.id AND f.deleted_at IS NULL
        WHERE to_tsvector('english', r.statement) @@ websearch_to_tsquery('english', ${q})
        ORDER BY score DESC LIMIT ${limit}
      ), near AS (
        SELECT f.id AS fact_id, 2 AS tier, word_similarity(${q}, r.statement)::float4 AS score
        FROM fact_revision r JOIN fact f ON f.published_revision_id = r.id AND f.deleted_at IS NULL
        WHERE ${q} <% r.statement
        ORDER BY score DESC LIMIT ${limit}
      ), best AS (
        SELECT DISTINCT ON (fact_id) fact_id, tier, score
        FROM (SELECT * FROM exact UNION ALL SELECT * FROM near) hits
        ORDER BY fact_id, tier
      )
      SELECT best.fact_id, best.tier, r.statement, r.valid_from, rel.slug, ca.name AS a_name, cb.name AS b_name,
        ts_headline('english', r.statement, websearch_to_tsquery('english', ${q}),
          ${`StartSel=${START}, StopSel=${STOP}, MaxWords=45, MinWords=25, ShortWord=2`}) AS headline
      FROM best
      JOIN fact f ON f.id = best.fact_id
      JOIN fact_revision r ON r.id = f.published_revision_id
      JOIN relation rel ON rel.id = f.relation_id
      JOIN country ca ON ca.code = rel.country_a
      JOIN country cb ON cb.code = rel.country_b
      ORDER BY best.tier, best.score DESC, r.valid_from NULLS LAST
      LIMIT ${limit}`,
  ]);

  const [relations, countries] = nameQuery
    ? await Promise.all([
        db.$queryRaw<{ slug: string; a_name: string; b_name: string; facts: number }[]>`
          SELECT rel.slug, ca.name AS a_name, cb.name AS b_name, pub.facts
          FROM relation rel
          JOIN country ca ON ca.code = rel.country_a
          JOIN country cb ON cb.code = rel.country_b
          JOIN LATERAL (SELECT count(*)::int AS facts FROM fact f
            WHERE f.relation_id = rel.id AND f.published_revision_id IS NOT NULL AND f.deleted_at IS NULL) pub ON true
          WHERE pub.facts > 0
            AND greatest(word_similarity(${nameQuery}, rel.slug), word_similarity(rel.slug, ${nameQuery})) >= ${FUZZY}
          ORDER BY greatest(word_similarity(${nameQuery}, rel.slug), word_similarity(rel.slug, ${nameQuery})) DESC, rel.slug
          LIMIT 10`,
        // Country names are short: compare each word of the query as well as the whole of it.
        db.$queryRaw<{ code: string; slug: string; name: string; score: number }[]>`
          SELECT c.code, c.slug, c.name, s.score FROM country c
          JOIN LATERAL (
            SELECT max(greatest(word_similarity(w, n), word_similarity(n, w)))::float4 AS score
            FROM unnest(array_append(c.variants || c.demonyms, c.name)) AS n,
              unnest(${[nameQuery, ...nameQuery.split("-").filter((w) => w.length >= 3)]}::text[]) AS w
          ) s ON true
          WHERE s.score >= ${FUZZY}
          ORDER BY s.score DESC, c.name
          LIMIT 10`,
      ])
    : [[], []];

  return {
    query: q,
    relations: relations.map((r) => ({ slug: r.slug, name: relationName(r.a_name, r.b_name), facts: r.facts })),
    countries: countries.map(({ code, slug, name }) => ({ code, slug, name })),
    facts: oneResultPerSentence(factRows).map(({ row: r, claims }) => ({
      factId: r.fact_id,
      exact: r.tier === 1,
      statement: r.statement,
      /** How many facts were read from this sentence (it is listed once, at its best-ranked fact). */
      claims,
      snippet: splitHeadline(r.headline),
      relation: { slug: r.slug, name: relationName(r.a_name, r.b_name) },
    })),
    onlyNearMatches: factRows.length > 0 && factRows.every((r) => r.tier !== 1),
  };
}
export type SearchResults = Awaited<ReturnType<typeof searchPublic>>;

/** A sentence that holds several claims is several facts: list it once, where it ranks best. */
function oneResultPerSentence(rows: FactRow[]): { row: FactRow; claims: number }[] {
  const bySentence = new Map<string, { row: FactRow; claims: number }>();
  for (const row of rows) {
    const key = `${row.slug}\u0000${row.statement.trim()}`;
    const seen = bySentence.get(key);
    if (seen) seen.claims++;
    else bySentence.set(key, { row, claims: 1 });
  }
  return [...bySentence.values()];
}

/** ts_headline output → plain text parts, `mark` where the query matched. */
function splitHeadline(headline: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  for (const [i, chunk] of headline.split(START).entries()) {
    const [marked, rest] = i === 0 ? [null, chunk] : chunk.split(STOP);
    if (marked) parts.push({ text: marked, mark: true });
    if (rest) parts.push({ text: rest, mark: false });
  }
  return parts;
}
