import type { Actor } from "../actor";
import { contentHash } from "../lib/content-hash";
import type { TFactContent } from "../schemas/fact";
import { toStoredValidTime } from "../schemas/partial-date";
import { resolveCitations } from "../sources/resolve-citations";
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

/** Insert one immutable revision with its citations. Call inside the change's transaction. */
export async function writeRevision(
  tx: Tx,
  options: {
    factId: string;
    number: number;
    parentId: string | null;
    content: TFactContent;
    note: string;
    actor: Actor;
  },
) {
  const { content, actor } = options;
  const citations = await resolveCitations(tx, content.sources);
  const revision = await tx.factRevision.create({
    data: {
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
      sources: { create: citations.map((c, position) => ({ ...c, position })) },
    },
  });
  return revision;
}
