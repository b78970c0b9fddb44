import { parseInput } from "../errors";
import { type TFactContent, ZFactContent } from "../schemas/fact";
import type { ResolvedCitation } from "../sources/resolve-citations";
import type { Tx } from "../tx";
import type { ArticleAnalysis, ProposedFact } from "./types";

// Shared by importArticle and acceptImportProposals, so that both cite an article the same way
// and a fact accepted in the editor is recognised by a later import (and the reverse).

/** The article itself as a source; found again by title on re-import so citations stay equal. */
export async function findOrCreateArticleSource(tx: Tx, title: string): Promise<string> {
  const existing = await tx.source.findFirst({ where: { title, kind: "ARTICLE", url: null }, select: { id: true } });
  if (existing) return existing.id;
  return (await tx.source.create({ data: { title, kind: "ARTICLE" }, select: { id: true } })).id;
}

/** The citation of a proposed fact: the article, at the heading of the paragraph it came from. */
export function articleCitation(analysis: ArticleAnalysis, proposal: ProposedFact, sourceId: string) {
  return { sourceId, locator: analysis.blocks[proposal.blockIndex]?.heading };
}

/** A proposed fact as full, validated content cited to the article (INVALID if it is not valid). */
export function citedContent(analysis: ArticleAnalysis, proposal: ProposedFact, sourceId: string): TFactContent {
  return parseInput(ZFactContent, { ...proposal.content, sources: [articleCitation(analysis, proposal, sourceId)] });
}

/**
 * The citations of content whose sources are all given by id (as an import's are), as a
 * revision stores them: what resolveCitations returns, without a query per citation.
 */
export function citationsById(content: TFactContent): ResolvedCitation[] {
  const seen = new Set<string>();
  return content.sources.flatMap((c) =>
    c.sourceId && !seen.has(c.sourceId) && seen.add(c.sourceId)
      ? [{ sourceId: c.sourceId, locator: c.locator ?? null }]
      : [],
  );
}

/** The change note of every revision an import writes. */
export const importNote = (analysis: ArticleAnalysis) => `Imported from "${analysis.title}"`;
