import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import { assertNoBlockingFlags } from "../flags/publication-gate";
import { hasFollowableSource } from "../sources/followable";
import type { Tx } from "../tx";
import type { LockedFact } from "./lock-fact";

/** What publishing needs to know of the revision, read by the caller in its own lookup. */
export interface PublishableRevision {
  id: string;
  redacted: boolean;
  sources: { url: string | null }[];
}

/**
 * The writes of a publish, for a fact its caller has locked (publishFact, approveFact) and a
 * revision of that fact its caller has read: one lock and one revision lookup per publish.
 * `flagsChecked`: the caller already refused open blocking flags under the same lock.
 */
export async function publishLocked(
  tx: Tx,
  options: {
    fact: LockedFact;
    revision: PublishableRevision;
    actor: Actor;
    overrideReason?: string;
    flagsChecked?: boolean;
  },
) {
  const { fact, revision, actor, overrideReason } = options;
  const factId = fact.id;
  if (revision.redacted) {
    throw new AppError("CONFLICT", "This revision's text was withdrawn from public view: write a new revision first");
  }
  if (fact.publishedRevisionId === revision.id) return { factId, revisionId: revision.id, changed: false };
  if (!options.flagsChecked) await assertNoBlockingFlags(tx, factId);
  const unsourced = !hasFollowableSource(revision.sources);
  if (unsourced && !overrideReason) {
    throw new AppError(
      "CONFLICT",
      "This fact cites no source a reader can follow (none has an address): add one, or publish it unsourced with a reason",
    );
  }

  const isDraft = revision.id === fact.currentRevisionId;
  await tx.fact.update({
    where: { id: factId },
    data: { publishedRevisionId: revision.id, ...(isDraft ? { reviewState: "PUBLISHED", reviewNote: null } : {}) },
  });
  const publication = await tx.publication.create({
    data: { factId, relationId: fact.relationId, revisionId: revision.id, actorId: actor.id, actorName: actor.name },
  });
  await tx.relation.update({ where: { id: fact.relationId }, data: { updatedAt: publication.at } });
  await writeAuditEvent(tx, {
    actor,
    factId,
    relationId: fact.relationId,
    event: { type: "fact.published", payload: { revisionId: revision.id } },
  });
  if (unsourced && overrideReason) {
    await writeAuditEvent(tx, {
      actor,
      factId,
      relationId: fact.relationId,
      event: { type: "fact.published_unsourced", payload: { revisionId: revision.id, reason: overrideReason } },
    });
  }
  return { factId, revisionId: revision.id, changed: true, at: publication.at };
}
