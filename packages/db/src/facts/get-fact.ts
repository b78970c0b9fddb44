import { ZUuid } from "@dyad/core/schemas/fact";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { revisionSelect, toRevisionView } from "../read-model/revision-view";

/** A fact for editors: its latest draft and what the public sees now (deleted facts included). */
export async function getFact(options: { factId: string }) {
  const factId = parseInput(ZUuid, options.factId);
  const fact = await getDb().fact.findUnique({
    where: { id: factId },
    include: { currentRevision: { select: revisionSelect }, publishedRevision: { select: revisionSelect } },
  });
  if (!fact) throw notFound("Fact");
  return {
    id: fact.id,
    relationId: fact.relationId,
    kind: fact.kind,
    deletedAt: fact.deletedAt,
    draft: fact.currentRevision ? toRevisionView(fact.currentRevision) : null,
    published: fact.publishedRevision ? toRevisionView(fact.publishedRevision) : null,
  };
}
