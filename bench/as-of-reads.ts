import { getPublicRelation } from "@dyad/db";
import pg from "pg";
import { interleaved, type Summary } from "./lib/stats";

// The reference: the same rows in one raw SQL round trip through pg, no ORM, no shaping.
const NOW_SQL = `
  SELECT r.id, r.fact_id, r.number, r.kind, r.section, r.data, r.statement, r.valid_from, r.valid_to, r.created_at,
         s.id AS source_id, s.url, s.title
  FROM relation rel
  JOIN fact f ON f.relation_id = rel.id AND f.deleted_at IS NULL
  JOIN fact_revision r ON r.id = f.published_revision_id
  LEFT JOIN revision_source rs ON rs.revision_id = r.id
  LEFT JOIN source s ON s.id = rs.source_id
  WHERE rel.slug = $1`;

const AS_OF_SQL = `
  WITH latest AS (
    SELECT DISTINCT ON (p.fact_id) p.revision_id
    FROM publication p JOIN relation rel ON rel.id = p.relation_id
    WHERE rel.slug = $1 AND p.at <= $2
    ORDER BY p.fact_id, p.at DESC, p.id DESC)
  SELECT r.id, r.fact_id, r.number, r.kind, r.section, r.data, r.statement, r.valid_from, r.valid_to, r.created_at,
         s.id AS source_id, s.url, s.title
  FROM latest JOIN fact_revision r ON r.id = latest.revision_id
  LEFT JOIN revision_source rs ON rs.revision_id = r.id
  LEFT JOIN source s ON s.id = rs.source_id`;

export interface ReadFigures {
  now: { op: Summary; sql: Summary };
  asOf: { op: Summary; sql: Summary };
  factsPerRead: number;
}

/**
 * One relation's public facts, now and as of a past instant: the domain operation the site and
 * API use (getPublicRelation, through Prisma) against the raw SQL alone. Rotates over `slugs` so
 * caches do not hold one relation only.
 */
export async function benchRelationReads(options: {
  databaseUrl: string;
  slugs: string[];
  asOf: Date;
  iterations: number;
}): Promise<ReadFigures> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
  const slug = (i: number) => options.slugs[i % options.slugs.length] as string;
  try {
    const sample = await getPublicRelation({ slug: slug(0) });
    const now = await interleaved(
      {
        sql: (i) => pool.query(NOW_SQL, [slug(i)]),
        op: (i) => getPublicRelation({ slug: slug(i) }),
      },
      options.iterations,
    );
    const asOf = await interleaved(
      {
        sql: (i) => pool.query(AS_OF_SQL, [slug(i), options.asOf]),
        op: (i) => getPublicRelation({ slug: slug(i), asOf: options.asOf }),
      },
      options.iterations,
    );
    return { now, asOf, factsPerRead: sample.facts.length };
  } finally {
    await pool.end();
  }
}
