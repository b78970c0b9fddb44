import { ZUuid } from "@dyad/core/schemas/fact";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { revisionSelect, toRevisionView } from "../read-model/revision-view";

/** Every version of a fact, oldest first, also after the fact was deleted. */
export async function listFactRevisions(options: { factId: string }) {
  const factId = parseInput(ZUuid, options.factId);
  const fact = await getDb().fact.findUnique({
    where: { id: factId },
    select: { revisions: { select: revisionSelect, orderBy: { number: "asc" } } },
  });
  if (!fact) throw notFound("Fact");
  return fact.revisions.map(toRevisionView);
}
