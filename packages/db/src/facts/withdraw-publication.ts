import type { Actor } from "../actor";
import type { Tx } from "../tx";

/** Append "no longer public" to the log and clear the public pointer (unpublish and delete). */
export async function withdrawPublication(tx: Tx, fact: { id: string; relationId: string }, actor: Actor) {
  await tx.fact.update({ where: { id: fact.id }, data: { publishedRevisionId: null } });
  // A draft that was what the public saw goes back to being a plain draft.
  await tx.fact.updateMany({ where: { id: fact.id, reviewState: "PUBLISHED" }, data: { reviewState: "DRAFT" } });
  const publication = await tx.publication.create({
    data: { factId: fact.id, relationId: fact.relationId, revisionId: null, actorId: actor.id, actorName: actor.name },
  });
  await tx.relation.update({ where: { id: fact.relationId }, data: { updatedAt: publication.at } });
}
