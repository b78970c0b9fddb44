import { getPublicRelation, listApiFacts, publicAt, relationIdOf } from "@dyad/db";
import pg from "pg";
import { interleaved, type Summary } from "./lib/stats";

// The reference: the same rows in one raw SQL round trip through pg, no ORM, no shaping.
export const NOW_SQL = `
  SELECT r.id, r.fact_id, r.number, r.kind, r.section, r.data, r.statement, r.valid_from, r.valid_to, r.created_at,
         s.id AS source_id, s.url, s.title
  FROM relation rel
  JOIN fact f ON f.relation_id = rel.id AND f.deleted_at IS NULL
  JOIN fact_revision r ON r.id = f.published_revision_id
  LEFT JOIN revision_source rs ON rs.revision_id = r.id
  LEFT JOIN source s ON s.id = rs.source_id
  WHERE rel.slug = $1`;

/** The same rows as of an instant: the read model's "public at" rows (publicAt), then the same joins. */
export function asOfQuery(slug: string, asOf: Date | string) {
  const latest = publicAt(asOf, relationIdOf(slug));
  return {
    text: `
      SELECT r.id, r.fact_id, r.number, r.kind, r.section, r.data, r.statement, r.valid_from, r.valid_to, r.created_at,
             s.id AS source_id, s.url, s.title
      FROM (${latest.text}) latest JOIN fact_revision r ON r.id = latest.revision_id
      LEFT JOIN revision_source rs ON rs.revision_id = r.id
      LEFT JOIN source s ON s.id = rs.source_id`,
    values: latest.values,
  };
}

type Variant = "sql" | "site" | "api" | "http";
export type ReadSummaries = Record<Variant, Summary>;

export interface ReadFigures {
  now: ReadSummaries;
  asOf: ReadSummaries;
  factsPerRead: number;
}

/**
 * One relation's public facts, now and as of a past instant, four ways, interleaved call by
 * call: the raw SQL alone (the reference), the site's operation (getPublicRelation), the API's
 * operation (listApiFacts, what /api/v1/relations/{slug}/facts runs) and that endpoint over HTTP
 * on a production build. Rotates over `slugs` so caches do not hold one relation only.
 */
export async function benchRelationReads(options: {
  databaseUrl: string;
  webUrl: string;
  slugs: string[];
  asOf: Date;
  iterations: number;
}): Promise<ReadFigures> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
  const slug = (i: number) => options.slugs[i % options.slugs.length] as string;
  const asOf = options.asOf.toISOString();
  const http = async (i: number, past: boolean) => {
    const url = `${options.webUrl}/api/v1/relations/${slug(i)}/facts?limit=1000${past ? `&asOf=${asOf}` : ""}`;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return response.json();
  };
  try {
    const factsPerRead = await sameFacts(pool, slug(0), options.asOf);
    const now = await interleaved<Variant>(
      {
        sql: (i) => pool.query(NOW_SQL, [slug(i)]),
        site: (i) => getPublicRelation({ slug: slug(i) }),
        api: (i) => listApiFacts({ slug: slug(i), limit: 1000 }),
        http: (i) => http(i, false),
      },
      options.iterations,
    );
    const past = await interleaved<Variant>(
      {
        sql: (i) => pool.query(asOfQuery(slug(i), options.asOf)),
        site: (i) => getPublicRelation({ slug: slug(i), asOf: options.asOf }),
        api: (i) => listApiFacts({ slug: slug(i), limit: 1000, asOf }),
        http: (i) => http(i, true),
      },
      options.iterations,
    );
    return { now, asOf: past, factsPerRead };
  } finally {
    await pool.end();
  }
}

/** The reference and the operations must read the same facts, or the ratios mean nothing. */
async function sameFacts(pool: pg.Pool, slug: string, asOf: Date): Promise<number> {
  const ids = (rows: { fact_id: string }[]) => [...new Set(rows.map((r) => r.fact_id))].sort().join();
  const sqlNow = ids((await pool.query(NOW_SQL, [slug])).rows);
  const sqlPast = ids((await pool.query(asOfQuery(slug, asOf))).rows);
  const apiNow = ids((await listApiFacts({ slug, limit: 1000 })).data.map((f) => ({ fact_id: f.factId })));
  const apiPast = ids(
    (await listApiFacts({ slug, limit: 1000, asOf: asOf.toISOString() })).data.map((f) => ({ fact_id: f.factId })),
  );
  const siteNow = ids((await getPublicRelation({ slug })).facts.map((f) => ({ fact_id: f.factId })));
  if (sqlNow !== apiNow || sqlNow !== siteNow || sqlPast !== apiPast || sqlNow === "") {
    throw new Error(`The operations do not read the same facts as the raw SQL for ${slug}`);
  }
  return sqlNow.split(",").length;
}
