import { z } from "zod";
import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { assertNoBlockingFlags } from "../flags/publication-gate";
import { assertRole } from "../permissions";
import { deliverPending, pendingRevalidations } from "../public-cache/deliver-revalidations";
import { ZUuid } from "../schemas/fact";
import { hasFollowableSource } from "../sources/followable";
import type { Tx } from "../tx";
import { lockFact } from "./lock-fact";

const ZOverrideReason = z
  .string()
  .trim()
  .min(3, "Say why this fact may be published without a source readers can follow")
  .max(500);

/**
 * Make a revision (by default the latest draft) what the public sees, and append it to the
 * publication log so that "as of" reads stay exact for every later instant. A fact with an open
 * flag that says it is wrong is refused (CONFLICT) until an editor decides: flags/publication-gate.ts;
 * so is a revision citing no source a reader can follow, unless a reviewer overrides it with a
 * reason (audited as fact.published_unsourced).
 */
export async function publishFact(options: {
  factId: string;
  revisionId?: string;
  actor: Actor;
  tx?: Tx;
  /** Publish a revision that cites no source a reader can follow, for this reason (audited). */
  overrideUnsourced?: { reason: string };
}) {
  assertRole(options.actor, "REVIEWER");
  const factId = parseInput(ZUuid, options.factId);
  const requested = options.revisionId === undefined ? undefined : parseInput(ZUuid, options.revisionId);
  const override = options.overrideUnsourced && parseInput(ZOverrideReason, options.overrideUnsourced.reason);

  const run = async (tx: Tx) => {
    const fact = await lockFact(tx, factId);
    const revisionId = requested ?? fact.currentRevisionId;
    const revision = revisionId
      ? await tx.factRevision.findUnique({
          where: { id: revisionId },
          select: { id: true, factId: true, redaction: { select: { at: true } } },
        })
      : null;
    if (!revision || revision.factId !== factId)
      throw new AppError("INVALID", "That revision is not one of this fact's");
    if (revision.redaction) {
      throw new AppError("CONFLICT", "This revision's text was withdrawn from public view: write a new revision first");
    }
    if (fact.publishedRevisionId === revision.id) return { factId, revisionId: revision.id, changed: false };
    await assertNoBlockingFlags(tx, factId);
    const cited = await tx.revisionSource.findMany({
      where: { revisionId: revision.id },
      select: { source: { select: { url: true } } },
    });
    const unsourced = !hasFollowableSource(cited.map((c) => c.source));
    if (unsourced && !override) {
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
      data: {
        factId,
        relationId: fact.relationId,
        revisionId: revision.id,
        actorId: options.actor.id,
        actorName: options.actor.name,
      },
    });
    await tx.relation.update({ where: { id: fact.relationId }, data: { updatedAt: publication.at } });
    await writeAuditEvent(tx, {
      actor: options.actor,
      factId,
      relationId: fact.relationId,
      event: { type: "fact.published", payload: { revisionId: revision.id } },
    });
    if (unsourced && override) {
      await writeAuditEvent(tx, {
        actor: options.actor,
        factId,
        relationId: fact.relationId,
        event: { type: "fact.published_unsourced", payload: { revisionId: revision.id, reason: override } },
      });
    }
    return { factId, revisionId: revision.id, changed: true, at: publication.at };
  };
  // Inside a caller's transaction, the caller notifies after its commit.
  if (options.tx) return run(options.tx);
  const { pending, ...result } = await getDb().$transaction(async (tx) => {
    const done = await run(tx);
    return { ...done, pending: done.changed ? await pendingRevalidations(tx) : [] };
  });
  await deliverPending(pending);
  return result;
}
