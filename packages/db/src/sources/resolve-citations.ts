import type { TFactContent } from "@dyad/core/schemas/fact";
import canonicalize from "canonicalize";
import { AppError } from "../errors";
import type { Tx } from "../tx";

export interface ResolvedCitation {
  sourceId: string;
  locator: string | null;
}

type NewSource = NonNullable<TFactContent["sources"][number]["source"]>;

/**
 * Turn a revision's citations into source ids: existing sources by id, new ones created. A new
 * source whose URL is already known reuses that source (one source per address); one without a
 * URL reuses a source without one that it describes exactly (as an import finds its references
 * by title), so saving the same citation again, or from two saves at once, keeps one source.
 */
export async function resolveCitations(tx: Tx, citations: TFactContent["sources"]): Promise<ResolvedCitation[]> {
  await lockDescriptions(tx, citations);
  const resolved: ResolvedCitation[] = [];
  for (const citation of citations) {
    const locator = citation.locator ?? null;
    if (citation.sourceId) {
      const found = await tx.source.findUnique({ where: { id: citation.sourceId }, select: { id: true } });
      if (!found) throw new AppError("INVALID", `Source ${citation.sourceId} does not exist`);
      resolved.push({ sourceId: found.id, locator });
    } else if (citation.source) {
      resolved.push({ sourceId: await findOrCreateSource(tx, citation.source), locator });
    }
  }
  const seen = new Set<string>();
  return resolved.filter((c) => !seen.has(c.sourceId) && seen.add(c.sourceId));
}

async function findOrCreateSource(tx: Tx, source: NewSource): Promise<string> {
  const { url, title, publisher, kind } = source;
  const publishedOn = source.publishedOn ? new Date(source.publishedOn) : null;
  const accessedOn = source.accessedOn ? new Date(source.accessedOn) : null;
  // By address in raw SQL: every save citing a source with one asks (issue 21.4).
  const existing = url
    ? (await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM source WHERE url = ${url}`)[0]
    : await tx.source.findFirst({
        where: { url: null, title, publisher, kind, publishedOn, accessedOn },
        orderBy: { createdAt: "asc" },
        select: { id: true },
      });
  if (existing) return existing.id;
  const created = await tx.source.create({
    data: { url, title, publisher, kind, publishedOn, accessedOn },
    select: { id: true },
  });
  return created.id;
}

/**
 * Without a unique column to meet on, two transactions citing the same new source without a
 * URL would both miss it and both insert it: each description is locked until the commit, so
 * the second waits and finds the first's. In one order (sorted), so two saves citing the same
 * two sources cannot deadlock.
 */
async function lockDescriptions(tx: Tx, citations: TFactContent["sources"]): Promise<void> {
  const keys = citations.flatMap((c) => (c.source && !c.source.url ? [`source:${canonicalize(c.source)}`] : []));
  for (const key of [...new Set(keys)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
  }
}
