import { getDb } from "../client";

/** A sitemap holds at most 50,000 addresses; past that the site needs a sitemap index. */
const MAX_FACTS = 45_000;

/**
 * Every public page worth crawling with when it last changed: relations and countries with
 * published facts, and facts that are published now.
 */
export async function listSitemapEntries() {
  const db = getDb();
  const [relations, facts] = await Promise.all([
    db.$queryRaw<{ slug: string; a_slug: string; b_slug: string; last: Date }[]>`
      SELECT rel.slug, ca.slug AS a_slug, cb.slug AS b_slug, max(p.at) AS last
      FROM relation rel
      JOIN country ca ON ca.code = rel.country_a
      JOIN country cb ON cb.code = rel.country_b
      JOIN publication p ON p.relation_id = rel.id
      WHERE EXISTS (SELECT 1 FROM fact f
        WHERE f.relation_id = rel.id AND f.published_revision_id IS NOT NULL AND f.deleted_at IS NULL)
      GROUP BY rel.slug, ca.slug, cb.slug
      ORDER BY rel.slug`,
    db.$queryRaw<{ id: string; last: Date }[]>`
      SELECT f.id, max(p.at) AS last
      FROM fact f JOIN publication p ON p.fact_id = f.id
      WHERE f.published_revision_id IS NOT NULL AND f.deleted_at IS NULL
      GROUP BY f.id
      ORDER BY max(p.at) DESC
      LIMIT ${MAX_FACTS}`,
  ]);
  const countries = new Map<string, string>();
  for (const r of relations) {
    const last = r.last.toISOString();
    for (const slug of [r.a_slug, r.b_slug]) if ((countries.get(slug) ?? "") < last) countries.set(slug, last);
  }
  return {
    relations: relations.map((r) => ({ slug: r.slug, lastModified: r.last.toISOString() })),
    countries: [...countries].map(([slug, lastModified]) => ({ slug, lastModified })),
    facts: facts.map((f) => ({ id: f.id, lastModified: f.last.toISOString() })),
  };
}
