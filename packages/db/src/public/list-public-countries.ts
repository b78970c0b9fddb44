import { getDb } from "../client";

/** Countries with at least one relation that has published facts, by name, with how many. */
export async function listPublicCountries() {
  const rows = await getDb().$queryRaw<
    { code: string; slug: string; name: string; region: string; relations: number }[]
  >`
    SELECT c.code, c.slug, c.name, c.region, count(*)::int AS relations
    FROM relation r
    JOIN country c ON c.code IN (r.country_a, r.country_b)
    WHERE EXISTS (SELECT 1 FROM fact f
      WHERE f.relation_id = r.id AND f.published_revision_id IS NOT NULL AND f.deleted_at IS NULL)
    GROUP BY c.code, c.slug, c.name, c.region
    ORDER BY c.name`;
  return rows;
}
