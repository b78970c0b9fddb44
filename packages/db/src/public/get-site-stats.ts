import { getDb } from "../client";

/** What the public site holds: published facts, relations and countries with published facts. */
export async function getSiteStats() {
  const [row] = await getDb().$queryRaw<{ facts: number; relations: number; countries: number }[]>`
    WITH live AS (
      SELECT relation_id FROM fact WHERE published_revision_id IS NOT NULL AND deleted_at IS NULL
    ), rels AS (
      SELECT r.id, r.country_a, r.country_b FROM relation r WHERE r.id IN (SELECT relation_id FROM live)
    )
    SELECT (SELECT count(*) FROM live)::int AS facts,
      (SELECT count(*) FROM rels)::int AS relations,
      (SELECT count(*) FROM (SELECT country_a FROM rels UNION SELECT country_b FROM rels) c)::int AS countries`;
  return row ?? { facts: 0, relations: 0, countries: 0 };
}
