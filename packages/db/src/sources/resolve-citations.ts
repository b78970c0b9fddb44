import { AppError } from "../errors";
import type { TFactContent } from "../schemas/fact";
import type { Tx } from "../tx";

export interface ResolvedCitation {
  sourceId: string;
  locator: string | null;
}

/**
 * Turn a revision's citations into source ids: existing sources by id, new ones created, and a
 * new source whose URL is already known reuses that source (one source per address).
 */
export async function resolveCitations(tx: Tx, citations: TFactContent["sources"]): Promise<ResolvedCitation[]> {
  const resolved: ResolvedCitation[] = [];
  for (const citation of citations) {
    const locator = citation.locator ?? null;
    if (citation.sourceId) {
      const found = await tx.source.findUnique({ where: { id: citation.sourceId }, select: { id: true } });
      if (!found) throw new AppError("INVALID", `Source ${citation.sourceId} does not exist`);
      resolved.push({ sourceId: found.id, locator });
    } else if (citation.source) {
      const { url, title, publisher, publishedOn, accessedOn, kind } = citation.source;
      const existing = url ? await tx.source.findUnique({ where: { url }, select: { id: true } }) : null;
      const source =
        existing ??
        (await tx.source.create({
          data: {
            url,
            title,
            publisher,
            kind,
            publishedOn: publishedOn ? new Date(publishedOn) : null,
            accessedOn: accessedOn ? new Date(accessedOn) : null,
          },
          select: { id: true },
        }));
      resolved.push({ sourceId: source.id, locator });
    }
  }
  const seen = new Set<string>();
  return resolved.filter((c) => !seen.has(c.sourceId) && seen.add(c.sourceId));
}
