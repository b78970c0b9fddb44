import type { TFactContentInput, TSection } from "@dyad/core/schemas/fact";
import type { FactKind } from "@dyad/core/schemas/fact-data";
import { type Prisma, Prisma as PrismaSql } from "../generated/prisma/client";
import { notRedacted } from "../redactions/not-redacted";
import type { Tx } from "../tx";
import { type Citation, type RevisionRow, revisionJson, validTimeOf } from "./revision-row";

/**
 * A revision as the editor and the site show it: plain JSON (dates as ISO strings), so it caches
 * as is. Built by `revisionView` alone, from the read model's revision row (revision-row.ts),
 * whether the row came from SQL (the site's reads, one round trip) or from Prisma (the editor's
 * reads inside its transactions).
 */
export function revisionView(row: RevisionRow & { sources: Citation[] }) {
  return {
    factId: row.fact_id,
    revisionId: row.revision_id,
    number: row.number,
    parentId: row.parent_id,
    kind: row.kind as FactKind,
    section: row.section as TSection,
    data: row.data,
    statement: row.statement,
    validTime: validTimeOf(row),
    sources: row.sources,
    authorName: row.author_name,
    note: row.note,
    contentHash: row.content_hash,
    // The millisecond, as the pages have always shown it.
    createdAt: `${row.created_at.slice(0, 23)}Z`,
  };
}
export type RevisionView = ReturnType<typeof revisionView>;

/** What an editor's Prisma read of a revision selects: the fields of a revision row and its citations in order. */
export const revisionSelect = {
  id: true,
  factId: true,
  number: true,
  parentId: true,
  kind: true,
  section: true,
  data: true,
  statement: true,
  validFrom: true,
  validFromPrecision: true,
  validTo: true,
  validToPrecision: true,
  authorName: true,
  note: true,
  contentHash: true,
  createdAt: true,
  sources: {
    orderBy: { position: "asc" },
    select: {
      locator: true,
      source: {
        select: { id: true, url: true, title: true, publisher: true, kind: true, publishedOn: true, accessedOn: true },
      },
    },
  },
} satisfies Prisma.FactRevisionSelect;

type SelectedRevision = Prisma.FactRevisionGetPayload<{ select: typeof revisionSelect }>;

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** A revision read through Prisma, as a RevisionView. */
export function toRevisionView(r: SelectedRevision): RevisionView {
  return revisionView({
    fact_id: r.factId,
    revision_id: r.id,
    number: r.number,
    parent_id: r.parentId,
    kind: r.kind,
    section: r.section,
    statement: r.statement,
    data: r.data as Record<string, unknown>,
    valid_from: isoDay(r.validFrom),
    valid_from_precision: r.validFromPrecision,
    valid_to: isoDay(r.validTo),
    valid_to_precision: r.validToPrecision,
    author_name: r.authorName,
    note: r.note,
    content_hash: r.contentHash,
    created_at: r.createdAt.toISOString(),
    sources: r.sources.map(({ source, locator }) => ({
      ...source,
      publishedOn: isoDay(source.publishedOn),
      accessedOn: isoDay(source.accessedOn),
      locator,
    })),
  });
}

/**
 * The public read path (every relation page) builds revision rows inside PostgreSQL as one JSON
 * array, citations included, so a read is one round trip and no per-relation ORM queries.
 * `revisionIds` is a SQL expression yielding revision ids; taken-down revisions among them are
 * left out (a past "as of" view never shows redacted text).
 */
export function revisionViewsJson(revisionIds: Prisma.Sql): Prisma.Sql {
  return PrismaSql.sql`COALESCE((
    SELECT json_agg(${revisionJson} ORDER BY r.valid_from ASC NULLS FIRST, r.fact_id ASC)
    FROM fact_revision r
    WHERE r.id IN (${revisionIds}) AND ${notRedacted("r.id")}), '[]'::json)`;
}

export function parseRevisionViews(json: unknown): RevisionView[] {
  return (json as (RevisionRow & { sources: Citation[] })[]).map(revisionView);
}

/** The public views of revisions by id, in one round trip; taken-down ones are left out. */
export async function loadPublicRevisionViews(db: Tx, ids: string[]): Promise<RevisionView[]> {
  if (ids.length === 0) return [];
  const [row] = await db.$queryRaw<{ views: unknown }[]>`
    SELECT ${revisionViewsJson(PrismaSql.sql`SELECT unnest(${ids}::uuid[])`)} AS views`;
  return parseRevisionViews(row?.views);
}

/** A revision's content in the shape reviseFact takes: the start of an edit or a restore. */
export function toContentInput(view: RevisionView): TFactContentInput {
  return {
    kind: view.kind,
    section: view.section,
    data: view.data,
    statement: view.statement,
    validTime: view.validTime,
    sources: view.sources.map((s) => (s.locator ? { sourceId: s.id, locator: s.locator } : { sourceId: s.id })),
  } as TFactContentInput;
}
