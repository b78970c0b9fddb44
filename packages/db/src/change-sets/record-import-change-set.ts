import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { openBlockingFlag } from "../flags/publication-gate";
import type { Tx } from "../tx";

/**
 * An accepted import becomes a change-set of its own, submitted for review: each fact it created
 * or revised, proposed as its new draft. Facts with an open flag that holds publication are left
 * out and wait as drafts in the review queue, as the publication gate says; so are facts whose
 * draft is already public. Written in the import's transaction. Returns null when nothing is left.
 */
export async function recordImportChangeSet(
  tx: Tx,
  options: { title: string; relationId: string; factIds: string[]; actor: Actor },
) {
  const facts = await tx.fact.findMany({
    where: { id: { in: options.factIds }, deletedAt: null, flags: { none: openBlockingFlag } },
    select: { id: true, currentRevisionId: true, publishedRevisionId: true },
    orderBy: { id: "asc" },
  });
  const proposed = facts.filter((f) => f.currentRevisionId && f.currentRevisionId !== f.publishedRevisionId);
  if (proposed.length === 0) return null;
  const set = await tx.changeSet.create({
    data: {
      title: `Import: ${options.title}`.slice(0, 200),
      description: `Facts read from the article “${options.title}”. Flagged facts are not in it: they wait in the review queue.`,
      state: "SUBMITTED",
      authorId: options.actor.id,
      authorName: options.actor.name,
    },
  });
  await tx.changeSetItem.createMany({
    data: proposed.map((f) => ({
      changeSetId: set.id,
      action: f.publishedRevisionId ? "EDIT" : "CREATE",
      factId: f.id,
      relationId: options.relationId,
      baseRevisionId: f.currentRevisionId,
      revisionId: f.currentRevisionId,
      note: "Imported",
      editedById: options.actor.id,
      editedByName: options.actor.name,
    })),
  });
  await writeAuditEvent(tx, {
    actor: options.actor,
    relationId: options.relationId,
    event: { type: "change_set.opened", payload: { changeSetId: set.id, title: set.title } },
  });
  return set.id;
}
