import { ZUuid } from "@dyad/core/schemas/fact";
import { getDb } from "../client";
import { parseInput } from "../errors";

/** The facts whose public version cites a source (question 5, the other direction). */
export async function listSourceFacts(options: { sourceId: string }) {
  const sourceId = parseInput(ZUuid, options.sourceId);
  return getDb().fact.findMany({
    where: { deletedAt: null, publishedRevision: { sources: { some: { sourceId } } } },
    select: { id: true, relationId: true, kind: true, publishedRevision: { select: { statement: true } } },
  });
}
