import { Prisma } from "../generated/prisma/client";
import { notRedacted } from "../redactions/not-redacted";
import type { TSection } from "../schemas/fact";
import type { FactKind } from "../schemas/fact-data";
import { type DatePrecision, fromStoredValidTime } from "../schemas/partial-date";
import type { Tx } from "../tx";
import type { RevisionView } from "./fact-view";

/**
 * The public read path (every relation page and API read) builds revision views inside
 * PostgreSQL as one JSON array, citations included, so a read is one round trip and no
 * per-relation ORM queries. `revisionIds` is a SQL expression yielding revision ids; taken-down
 * revisions among them are left out (a past "as of" view never shows redacted text).
 */
export function revisionViewsJson(revisionIds: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`COALESCE((
    SELECT json_agg(json_build_object(
             'revisionId', r.id, 'factId', r.fact_id, 'number', r.number, 'parentId', r.parent_id,
             'kind', r.kind, 'section', r.section, 'data', r.data, 'statement', r.statement,
             'validFrom', r.valid_from, 'validFromPrecision', r.valid_from_precision,
             'validTo', r.valid_to, 'validToPrecision', r.valid_to_precision,
             'authorName', r.author_name, 'note', r.note, 'contentHash', r.content_hash,
             'createdAt', to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
             'sources', COALESCE((
               SELECT json_agg(json_build_object(
                        'id', s.id, 'url', s.url, 'title', s.title, 'publisher', s.publisher, 'kind', s.kind,
                        'publishedOn', s.published_on, 'accessedOn', s.accessed_on, 'locator', rs.locator)
                      ORDER BY rs.position)
               FROM revision_source rs JOIN source s ON s.id = rs.source_id
               WHERE rs.revision_id = r.id), '[]'::json))
           ORDER BY r.valid_from ASC NULLS FIRST, r.fact_id ASC)
    FROM fact_revision r
    WHERE r.id IN (${revisionIds}) AND ${notRedacted("r.id")}), '[]'::json)`;
}

interface JsonRevision extends Omit<RevisionView, "validTime"> {
  validFrom: string | null;
  validFromPrecision: DatePrecision | null;
  validTo: string | null;
  validToPrecision: DatePrecision | null;
}

export function parseRevisionViews(json: unknown): RevisionView[] {
  return (json as JsonRevision[]).map(({ validFrom, validFromPrecision, validTo, validToPrecision, ...rest }) => ({
    ...rest,
    kind: rest.kind as FactKind,
    section: rest.section as TSection,
    validTime: fromStoredValidTime({
      validFrom: validFrom ? new Date(validFrom) : null,
      validFromPrecision,
      validTo: validTo ? new Date(validTo) : null,
      validToPrecision,
    }),
  }));
}

/** Revision views for any set of revision ids, in one round trip. */
export async function loadRevisionViews(db: Tx, revisionIds: Prisma.Sql): Promise<RevisionView[]> {
  const [row] = await db.$queryRaw<{ views: unknown }[]>`SELECT ${revisionViewsJson(revisionIds)} AS views`;
  return parseRevisionViews(row?.views ?? []);
}
