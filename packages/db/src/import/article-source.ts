import { type TFactContent, ZFactContent } from "@dyad/core/schemas/fact";
import { firstDay, ZPartialDate } from "@dyad/core/schemas/partial-date";
import type { ArticleAnalysis, ArticleReference, ProposedFact } from "@dyad/importer";
import { z } from "zod";
import { parseInput } from "../errors";
import type { ResolvedCitation } from "../sources/resolve-citations";
import type { Tx } from "../tx";

// Shared by importArticle and acceptImportProposals, so that both cite an article the same way
// and a fact accepted in the editor is recognised by a later import (and the reverse).

/** Where an imported article comes from: its address, and when its text was retrieved. */
export const ZArticleOrigin = z.strictObject({
  url: z.url({ protocol: /^https?$/ }).max(2000),
  retrievedOn: ZPartialDate.optional(),
});
export type TArticleOrigin = z.infer<typeof ZArticleOrigin>;

/**
 * The article itself as a source. With its origin, the source a reader can follow (found again
 * by address, so citations stay equal on re-import); without, found by title as before, and
 * not followable (its facts read "unsourced").
 */
export async function findOrCreateArticleSource(
  tx: Tx,
  title: string,
  origin?: TArticleOrigin,
): Promise<{ id: string; followable: boolean }> {
  if (origin) {
    const known = await tx.source.findUnique({ where: { url: origin.url }, select: { id: true } });
    if (known) return { id: known.id, followable: true };
    const host = new URL(origin.url).hostname;
    const created = await tx.source.create({
      data: {
        title,
        kind: "ARTICLE",
        url: origin.url,
        publisher: host.endsWith("wikipedia.org") ? "Wikipedia" : host,
        accessedOn: origin.retrievedOn ? firstDay(origin.retrievedOn) : undefined,
      },
      select: { id: true },
    });
    return { id: created.id, followable: true };
  }
  const existing = await tx.source.findFirst({ where: { title, kind: "ARTICLE", url: null }, select: { id: true } });
  if (existing) return { id: existing.id, followable: false };
  const created = await tx.source.create({ data: { title, kind: "ARTICLE" }, select: { id: true } });
  return { id: created.id, followable: false };
}

/**
 * The sources of the article's references (references.ts), by reference key: found by address
 * (or, without one, by title), created when new. The same source for the same reference on
 * every import, so citations stay equal.
 */
export async function ensureReferenceSources(tx: Tx, analysis: ArticleAnalysis): Promise<Map<string, string>> {
  const all = new Map<string, ArticleReference>();
  for (const r of [...analysis.references, ...analysis.facts.flatMap((f) => f.references)]) all.set(r.key, r);
  const ids = new Map<string, string>();
  for (const r of all.values()) {
    const known = r.url
      ? await tx.source.findUnique({ where: { url: r.url }, select: { id: true } })
      : await tx.source.findFirst({ where: { title: r.title, url: null, kind: "OTHER" }, select: { id: true } });
    const date = (d?: string) => (d ? firstDay(d) : undefined);
    const id =
      known?.id ??
      (
        await tx.source.create({
          data: {
            title: r.title,
            url: r.url,
            publisher: r.publisher,
            publishedOn: date(r.publishedOn),
            accessedOn: date(r.accessedOn),
            kind: r.url ? "WEBSITE" : "OTHER",
          },
          select: { id: true },
        })
      ).id;
    ids.set(r.key, id);
  }
  return ids;
}

/** The citation of a proposed fact: the article, at the heading of the paragraph it came from. */
export function articleCitation(analysis: ArticleAnalysis, proposal: ProposedFact, sourceId: string) {
  return { sourceId, locator: analysis.blocks[proposal.blockIndex]?.heading };
}

/** The citations of a proposed fact: the article, then what its sentence cites (note [n], URL). */
export function proposalCitations(
  analysis: ArticleAnalysis,
  proposal: ProposedFact,
  sourceId: string,
  referenceIds: Map<string, string> = new Map(),
) {
  const references = proposal.references.flatMap((r) => {
    const id = referenceIds.get(r.key);
    return id ? [{ sourceId: id, locator: /^\d+$/.test(r.key) ? `note ${r.key}` : undefined }] : [];
  });
  return [articleCitation(analysis, proposal, sourceId), ...references];
}

/** A proposed fact as full, validated content with its citations (INVALID if it is not valid). */
export function citedContent(
  analysis: ArticleAnalysis,
  proposal: ProposedFact,
  sourceId: string,
  referenceIds?: Map<string, string>,
): TFactContent {
  return parseInput(ZFactContent, {
    ...proposal.content,
    sources: proposalCitations(analysis, proposal, sourceId, referenceIds),
  });
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
