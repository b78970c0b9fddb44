import { ZNote, ZUuid } from "@dyad/core/schemas/fact";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import { reviseFact } from "../facts/revise-fact";
import { defineOperation } from "../lib/define-operation";
import { revisionSelect, toContentInput, toRevisionView } from "../read-model/revision-view";

/**
 * Bring back an old revision's content as a new draft revision on top of the latest one, so
 * nothing in between is lost from history. Based on the latest revision the editor saw
 * (CONFLICT otherwise); restoring what the draft already says is refused as pointless.
 */
export const restoreRevision = defineOperation({
  minRole: "EDITOR",
  input: { factId: ZUuid, revisionId: ZUuid, expectedRevisionId: ZUuid, note: ZNote },
  async run({ input: { factId, revisionId, expectedRevisionId, note }, actor, tx }) {
    const old = await tx.factRevision.findUnique({ where: { id: revisionId }, select: revisionSelect });
    if (!old || old.factId !== factId) throw new AppError("NOT_FOUND", "That revision is not one of this fact's");
    // Restoring would put taken-down text back into a revision no redaction covers.
    const redacted = await tx.redaction.findUnique({ where: { revisionId }, select: { at: true } });
    if (redacted) throw new AppError("CONFLICT", `Revision ${old.number}'s text was withdrawn and cannot be restored`);
    const result = await reviseFact({
      tx,
      factId,
      expectedRevisionId,
      content: toContentInput(toRevisionView(old)),
      note: `Restored revision ${old.number}: ${note}`,
      actor: actor,
    });
    if (!result.changed) throw new AppError("CONFLICT", `The draft already says what revision ${old.number} says`);
    const fact = await tx.fact.findUniqueOrThrow({ where: { id: factId }, select: { relationId: true } });
    await writeAuditEvent(tx, {
      actor: actor,
      factId,
      relationId: fact.relationId,
      event: {
        type: "fact.restored",
        payload: { revisionId: result.revision.id, fromRevisionId: old.id, fromNumber: old.number },
      },
    });
    return { factId, revision: result.revision };
  },
});
