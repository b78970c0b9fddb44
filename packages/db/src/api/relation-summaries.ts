import type { TApiRelation } from "@dyad/api-contract";
import { getDb } from "../client";
import { Prisma } from "../generated/prisma/client";
import { asInstant } from "../read-model/instant";
import { latestPublications } from "../read-model/public-at";
import { type RelationCountriesRow, relationCountries, relationCountryColumns } from "../read-model/relation-countries";
import { notRedacted } from "../redactions/not-redacted";
import { link } from "./paging";

interface SummaryRow extends RelationCountriesRow {
  slug: string;
  fact_count: number;
  last_published_at: string;
}

/** Each relation's count of public facts at `instant` and its last change (SQL, lateral on `rel`, alias `c`). */
const publicCounts = (instant: string) => Prisma.sql`
    CROSS JOIN LATERAL (
      -- Taken-down revisions are not counted, so the count matches the relation's facts list;
      -- withdrawals and takedowns still date the relation's last change.
      SELECT (count(*) FILTER (WHERE latest.revision_id IS NOT NULL AND ${notRedacted("latest.revision_id")}))::int
        AS fact_count, max(latest.at) AS last_at
      FROM (${latestPublications(instant, Prisma.sql`rel.id`)}) latest
    ) c`;

/**
 * Relations with at least one fact public at `instant`, with how many and when their public
 * state last changed, in slug order. `where` narrows the relations (alias `rel`).
 */
export async function querySummaries(instant: string, where: Prisma.Sql, limit: number): Promise<SummaryRow[]> {
  return getDb().$queryRaw<SummaryRow[]>`
    SELECT rel.slug, ${relationCountryColumns()}, c.fact_count, ${asInstant("c.last_at")} AS last_published_at
    FROM relation rel
    JOIN country ca ON ca.code = rel.country_a
    JOIN country cb ON cb.code = rel.country_b
    ${publicCounts(instant)}
    WHERE c.fact_count > 0 AND ${where}
    ORDER BY rel.slug
    LIMIT ${limit}`;
}

/** How many relations querySummaries would list without a limit (a list's meta.total). */
export async function countSummaries(instant: string, where: Prisma.Sql): Promise<number> {
  const [row] = await getDb().$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM relation rel ${publicCounts(instant)} WHERE c.fact_count > 0 AND ${where}`;
  return row?.total ?? 0;
}

/** A relation's summary; its links keep the answer's asOf and, when given, the valid-time `on`. */
export function toRelationSummary(row: SummaryRow, asOf: string | undefined, on?: string): TApiRelation {
  const self = `/api/v1/relations/${row.slug}`;
  return {
    slug: row.slug,
    ...relationCountries(row),
    factCount: row.fact_count,
    lastPublishedAt: row.last_published_at,
    links: {
      self: link(self, { asOf, on }),
      facts: link(`${self}/facts`, { asOf, on }),
      page: link(`/relations/${row.slug}`, { asOf, on }),
    },
  };
}
