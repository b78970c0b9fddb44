import { Prisma } from "../generated/prisma/client";
import { notRedacted } from "../redactions/not-redacted";
import { INSTANT_FORMAT } from "./instant";
import type { TApiFact, TFactRecord } from "./response-schemas";

/**
 * SQL shared by every public read of facts, the changes feed and releases, so a fact looks the
 * same everywhere. One query returns revisions with their citations (a correlated json_agg), so
 * a page of facts costs one round trip however many sources it cites.
 */

const FORMAT = Prisma.raw(`'${INSTANT_FORMAT}'`);

/** A timestamptz column as an instant string. */
export const asInstant = (column: string) => Prisma.raw(`to_char(${column} AT TIME ZONE 'UTC', '${INSTANT_FORMAT}')`);

/**
 * Every fact public at `instant` (optionally of one relation) with the revision it showed and
 * when that was published: per fact, its latest publication at or before the instant (question
 * 3 of ARCHITECTURE.md; one index range per relation over publication_relation_asof_idx).
 * A fact whose revision then was taken down is left out, as if it had not been public: past
 * reads and releases cut later never serve redacted text.
 */
export function publicAt(instant: string | Prisma.Sql, relationId?: Prisma.Sql): Prisma.Sql {
  const relation = relationId ? Prisma.sql`relation_id = ${relationId} AND` : Prisma.empty;
  return Prisma.sql`
    SELECT fact_id, revision_id, at FROM (
      SELECT DISTINCT ON (fact_id) fact_id, revision_id, at FROM publication
      WHERE ${relation} at <= ${instant}::timestamptz
      ORDER BY fact_id, at DESC, id DESC
    ) latest WHERE revision_id IS NOT NULL AND ${notRedacted("latest.revision_id")}`;
}

/**
 * publicAt for one relation, or, when `pointers` (SQL boolean, see ReadBody) is true, the same
 * rows from the facts' public pointers: one row per fact instead of the relation's whole
 * publication history, which is what makes a read of "now" cheap.
 */
export function publicNowOrAt(instant: Prisma.Sql, pointers: Prisma.Sql, relationId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT f.id AS fact_id, f.published_revision_id AS revision_id,
      (SELECT max(p.at) FROM publication p WHERE p.fact_id = f.id) AS at
    FROM fact f
    WHERE ${pointers} AND f.relation_id = ${relationId} AND f.published_revision_id IS NOT NULL
      AND f.deleted_at IS NULL -- never redacted: a takedown withdraws it, publishFact refuses one
    UNION ALL
    SELECT * FROM (${publicAt(instant, relationId)}) logged WHERE NOT ${pointers}`;
}

/** A relation's id by slug, as SQL: lets one query find the relation and read its facts. */
export const relationIdOf = (slug: string) => Prisma.sql`(SELECT id FROM relation WHERE slug = ${slug})`;

/** The columns of a fact record; `r` is the revision, `rel` its relation. */
export const recordColumns = Prisma.sql`
  r.fact_id, r.id AS revision_id, r.number, rel.slug AS relation, rel.country_a, rel.country_b,
  r.kind::text AS kind, r.section, r.statement, r.data,
  to_char(r.valid_from, 'YYYY-MM-DD') AS valid_from, r.valid_from_precision::text AS valid_from_precision,
  to_char(r.valid_to, 'YYYY-MM-DD') AS valid_to, r.valid_to_precision::text AS valid_to_precision,
  r.content_hash, to_char(r.created_at AT TIME ZONE 'UTC', ${FORMAT}) AS created_at, r.note,
  COALESCE((
    SELECT json_agg(json_build_object(
      'id', s.id, 'url', s.url, 'title', s.title, 'publisher', s.publisher, 'kind', s.kind,
      'publishedOn', to_char(s.published_on, 'YYYY-MM-DD'), 'accessedOn', to_char(s.accessed_on, 'YYYY-MM-DD'),
      'locator', rs.locator) ORDER BY rs.position)
    FROM revision_source rs JOIN source s ON s.id = rs.source_id WHERE rs.revision_id = r.id
  ), '[]'::json) AS sources`;

/** Joins from a set `v` of (fact_id, revision_id) to the revision `r` and relation `rel`. */
export const recordJoins = Prisma.sql`
  JOIN fact_revision r ON r.id = v.revision_id
  JOIN fact f ON f.id = v.fact_id
  JOIN relation rel ON rel.id = f.relation_id`;

export interface RecordRow {
  fact_id: string;
  revision_id: string;
  number: number;
  relation: string;
  country_a: string;
  country_b: string;
  kind: string;
  section: string;
  statement: string;
  data: Record<string, unknown>;
  valid_from: string | null;
  valid_from_precision: string | null;
  valid_to: string | null;
  valid_to_precision: string | null;
  content_hash: string;
  created_at: string;
  note: string;
  sources: TFactRecord["sources"];
}

/** A partial date back from its first or last day and precision ("2006-11-30", MONTH → "2006-11"). */
function partial(day: string | null, precision: string | null): string | null {
  if (!day || !precision) return null;
  return precision === "YEAR" ? day.slice(0, 4) : precision === "MONTH" ? day.slice(0, 7) : day;
}

export function toFactRecord(row: RecordRow): TFactRecord {
  return recordWith(row, row.sources);
}

function recordWith(row: Omit<RecordRow, "sources">, sources: TFactRecord["sources"]): TFactRecord {
  return {
    factId: row.fact_id,
    revisionId: row.revision_id,
    revision: row.number,
    relation: row.relation,
    countries: [row.country_a, row.country_b],
    kind: row.kind as TFactRecord["kind"],
    section: row.section as TFactRecord["section"],
    statement: row.statement,
    data: row.data,
    validTime: {
      start: partial(row.valid_from, row.valid_from_precision),
      end: partial(row.valid_to, row.valid_to_precision),
    },
    sources,
    contentHash: row.content_hash,
    createdAt: row.created_at,
    note: row.note,
  };
}

export function toApiFact(
  row: Omit<RecordRow, "sources"> & { published_at: string },
  sources: TFactRecord["sources"],
): TApiFact {
  const record = recordWith(row, sources) as TApiFact;
  record.publishedAt = row.published_at;
  return record;
}
