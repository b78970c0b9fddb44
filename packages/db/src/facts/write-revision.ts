import type { TFactContent } from "@dyad/core/schemas/fact";
import { toStoredValidTime } from "@dyad/core/schemas/partial-date";
import type { Actor } from "../actor";
import type { Prisma } from "../generated/prisma/client";
import { contentHash } from "../lib/content-hash";
import { type ResolvedCitation, resolveCitations } from "../sources/resolve-citations";
import type { Tx } from "../tx";

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
