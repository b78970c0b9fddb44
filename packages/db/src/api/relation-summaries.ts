import { getDb } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { notRedacted } from "../redactions/not-redacted";
import { asInstant } from "./fact-records";
import { link } from "./paging";
import type { TApiRelation } from "./response-schemas";

interface SummaryRow {
  slug: string;
  a_code: string;
  a_name: string;
  a_slug: string;
  b_code: string;
  b_name: string;
  b_slug: string;
  fact_count: number;
  last_published_at: string;
}

/**
 * Relations with at least one fact public at `instant`, with how many and when their public
 * state last changed, in slug order. `where` narrows the relations (alias `rel`).
 */
export async function querySummaries(instant: string, where: Prisma.Sql, limit: number): Promise<SummaryRow[]> {
  return getDb().$queryRaw<SummaryRow[]>`
    SELECT rel.slug, ca.code AS a_code, ca.name AS a_name, ca.slug AS a_slug,
      cb.code AS b_code, cb.name AS b_name, cb.slug AS b_slug,
      c.fact_count, ${asInstant("c.last_at")} AS last_published_at
    FROM relation rel
    JOIN country ca ON ca.code = rel.country_a
    JOIN country cb ON cb.code = rel.country_b
    CROSS JOIN LATERAL (
      -- Taken-down revisions are not counted, so the count matches the relation's facts list.
      SELECT (count(*) FILTER (WHERE latest.revision_id IS NOT NULL AND ${notRedacted("latest.revision_id")}))::int
        AS fact_count, max(latest.at) AS last_at
      FROM (
        SELECT DISTINCT ON (fact_id) revision_id, at FROM publication p
        WHERE p.relation_id = rel.id AND p.at <= ${instant}::timestamptz
        ORDER BY fact_id, at DESC, id DESC
      ) latest
    ) c
    WHERE c.fact_count > 0 AND ${where}
    ORDER BY rel.slug
    LIMIT ${limit}`;
}

/** A relation's summary; its links keep the answer's asOf and, when given, the valid-time `on`. */
export function toRelationSummary(row: SummaryRow, asOf: string | undefined, on?: string): TApiRelation {
  const self = `/api/v1/relations/${row.slug}`;
  return {
    slug: row.slug,
    name: `${row.a_name}–${row.b_name} relations`,
    countries: [
      { code: row.a_code, name: row.a_name, slug: row.a_slug },
      { code: row.b_code, name: row.b_name, slug: row.b_slug },
    ],
    factCount: row.fact_count,
    lastPublishedAt: row.last_published_at,
    links: {
      self: link(self, { asOf, on }),
      facts: link(`${self}/facts`, { asOf, on }),
      page: link(`/relations/${row.slug}`, { asOf, on }),
    },
  };
}
