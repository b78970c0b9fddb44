import { randomUUID } from "node:crypto";
import type { TFactContent } from "@dyad/core/schemas/fact";
import { toStoredValidTime } from "@dyad/core/schemas/partial-date";
import type { Actor } from "../actor";
import { Prisma } from "../generated/prisma/client";
import { contentHash } from "../lib/content-hash";
import { type ResolvedCitation, resolveCitations } from "../sources/resolve-citations";
import { type AnyTx, execute, type Tx } from "../tx";

/** The hash that tells whether two revisions say the same thing (ignores who, when and why). */
export function revisionContentHash(content: TFactContent, citations: { sourceId: string; locator: string | null }[]) {
  return contentHash({
    kind: content.kind,
    section: content.section,
    data: content.data,
    statement: content.statement,
    validTime: toStoredValidTime(content.validTime),
    sources: citations,
  });
}

export interface RevisionRowOptions {
  factId: string;
  number: number;
  parentId: string | null;
  content: TFactContent;
  note: string;
  actor: Actor;
}

/**
 * The columns of a revision, citations aside: one definition for writeRevision and for the
 * importer, which inserts many revisions in one statement.
 */
export function revisionRow(options: RevisionRowOptions, citations: ResolvedCitation[]) {
  const { content, actor } = options;
  return {
    factId: options.factId,
    number: options.number,
    parentId: options.parentId,
    kind: content.kind,
    section: content.section,
    data: content.data,
    statement: content.statement,
    ...toStoredValidTime(content.validTime),
    authorId: actor.id,
    authorName: actor.name,
    note: options.note,
    contentHash: revisionContentHash(content, citations),
  } satisfies Prisma.FactRevisionUncheckedCreateInput;
}

/**
 * Insert one immutable revision with its citations. Call inside the change's transaction. A
 * caller that already resolved the citations (to compare hashes) passes them: resolving again
 * would create a second copy of each new source without an address.
 */
export async function writeRevision(tx: Tx, options: RevisionRowOptions, resolved?: ResolvedCitation[]) {
  const citations = resolved ?? (await resolveCitations(tx, options.content.sources));
  return tx.factRevision.create({
    data: {
      ...revisionRow(options, citations),
      sources: { create: citations.map((c, position) => ({ ...c, position })) },
    },
  });
}

/**
 * writeRevision in one statement of raw SQL (the revision and its citations), for a transaction
 * on pg itself (lib/sql-transaction.ts). The id is made here, as Prisma makes it (a v4 UUID).
 */
export async function insertRevision(
  tx: AnyTx,
  options: RevisionRowOptions,
  citations: ResolvedCitation[],
): Promise<{ id: string; number: number }> {
  const id = randomUUID();
  const row = revisionRow(options, citations);
  const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
  const cited = citations.map((c, position) => ({ source_id: c.sourceId, position, locator: c.locator }));
  await execute(
    tx,
    Prisma.sql`
      WITH revision AS (
        INSERT INTO fact_revision (id, fact_id, number, parent_id, kind, section, data, statement, valid_from,
                                   valid_from_precision, valid_to, valid_to_precision, author_id, author_name, note,
                                   content_hash)
        VALUES (${id}::uuid, ${row.factId}::uuid, ${row.number}::int, ${row.parentId}::uuid, ${row.kind}::"FactKind",
                ${row.section}, ${JSON.stringify(row.data)}::jsonb, ${row.statement}, ${day(row.validFrom)}::date,
                ${row.validFromPrecision}::"DatePrecision", ${day(row.validTo)}::date,
                ${row.validToPrecision}::"DatePrecision", ${row.authorId}::uuid, ${row.authorName}, ${row.note},
                ${row.contentHash})
        RETURNING id)
      INSERT INTO revision_source (revision_id, source_id, position, locator)
      SELECT revision.id, c.source_id, c.position, c.locator
        FROM revision, jsonb_to_recordset(${JSON.stringify(cited)}::jsonb) AS c(source_id uuid, position int, locator text)`,
  );
  return { id, number: row.number };
}
