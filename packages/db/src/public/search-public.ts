import { type TSearchRequest, ZSearchRequest } from "@dyad/api-contract";
import { slugify } from "@dyad/core/slugify";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { relationName } from "../read-model/relation-countries";
import { START, STOP, searchFacts, ZFactsFound } from "./search-facts";

/** Trigram word similarity needed to count as a near match (pg_trgm's default is 0.6). */
const FUZZY = 0.5;
const STOP_WORDS = new Set(["and", "the", "of", "between", "relation", "relations"]);

/**
 * Search published content only: relations and countries by (typo-tolerant) name, and facts by
 * their statement, kind and structured fields (search-facts.ts), with facets (kind, relation,
 * years of valid time) and pages of sentences. Drafts, withdrawn and deleted facts are never
 * searched: the join is on the published pointer of a live fact. The site's search page and
 * GET /api/v1/search both call this.
 */
export async function searchPublic(options: TSearchRequest) {
  const request = parseInput(ZSearchRequest, options);
  const { q, page, limit } = request;
  const faceted = Boolean(
    request.kind || request.relation || request.country || request.from !== undefined || request.to !== undefined,
  );
  const empty = { kinds: [], relations: [], years: { from: null, to: null } };
  if (!q && !faceted) {
    return {
      query: q,
      relations: [],
      countries: [],
      facts: [],
      onlyNearMatches: false,
      total: 0,
      page,
      limit,
      facets: empty,
    };
  }
  const db = getDb();
  const nameQuery = slugify(q)
    .split("-")
    .filter((w) => w && !STOP_WORDS.has(w))
    .join("-");

  const [, rows] = await db.$transaction([
    // Transaction-local, so the pooled connection keeps the default afterwards.
    db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(FUZZY)}, true)`,
    searchFacts(db, request),
  ]);
  const { facts: factRows, ...facets } = ZFactsFound.parse(rows[0]);

  // Relations and countries by name: for a words query on the first page, not for a facet list.
  const [relations, countries] =
    nameQuery && page === 1
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
    facts: factRows.map((r) => ({
      factId: r.fact_id,
      kind: r.kind,
      exact: r.tier === 1,
      statement: r.statement,
      /** How many facts were read from this sentence (it is listed once, at its best-ranked fact). */
      claims: r.claims,
      snippet: splitHeadline(r.headline),
      relation: { slug: r.slug, name: relationName(r.a_name, r.b_name) },
    })),
    onlyNearMatches: factRows.length > 0 && factRows.every((r) => r.tier !== 1),
    /** Sentences found in all (over every page). */
    total: factRows[0]?.total ?? 0,
    page,
    limit,
    facets: {
      kinds: facets.kinds,
      relations: facets.relations.map((r) => ({
        slug: r.slug,
        name: relationName(r.a_name, r.b_name),
        count: r.count,
      })),
      years: facets.years,
    },
  };
}

export type SearchResults = Awaited<ReturnType<typeof searchPublic>>;

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
