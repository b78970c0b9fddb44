import { ZFactContent, ZNote, ZUuid } from "@dyad/core/schemas/fact";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import { defineOperation, type OperationOptions } from "../lib/define-operation";
import { resolveCitations } from "../sources/resolve-citations";
import { lockFactWithDraft } from "./lock-fact";
import { revisionContentHash, writeRevision } from "./write-revision";

const input = {
  factId: ZUuid,
  /** The revision the editor started from; a save based on an older one is refused (CONFLICT). */
  expectedRevisionId: ZUuid,
  content: ZFactContent,
  note: ZNote,
};
export type ReviseFactOptions = OperationOptions<typeof input>;

/**
 * Save a new draft revision of a fact. The old revision stays untouched; the draft pointer
 * moves to the new one in the same transaction. Saving what the draft already says changes
 * nothing and returns `changed: false`.
 */
export const reviseFact = defineOperation({
  minRole: "EDITOR",
  input,
  async run({ input: { factId, expectedRevisionId, content, note }, actor, tx }) {
    const fact = await lockFactWithDraft(tx, factId, expectedRevisionId);
    if (content.kind !== fact.kind) {
      throw new AppError("INVALID", `kind: this fact is a ${fact.kind} and stays one; create a new fact instead`);
    }
    // Resolved once: writeRevision stores these, so the hash compared is the hash stored.
    const citations = await resolveCitations(tx, content.sources);
    if (revisionContentHash(content, citations) === fact.draftContentHash) {
      const current = await tx.factRevision.findUniqueOrThrow({ where: { id: expectedRevisionId } });
      return { factId, revision: current, changed: false };
    }
    // The next free number: a change-set's proposal (change-sets/stage-fact-edit.ts) may be numbered above the draft.
    const revision = await writeRevision(
      tx,
      {
        factId,
        number: (fact.lastNumber ?? fact.draftNumber ?? 0) + 1,
        parentId: expectedRevisionId,
        content,
        note,
        actor,
      },
      citations,
    );
    await tx.fact.update({
      where: { id: factId },
      data: { currentRevisionId: revision.id, reviewState: "DRAFT", reviewNote: null },
    });
    await writeAuditEvent(tx, {
      actor,
      factId,
      relationId: fact.relationId,
      event: {
        type: "fact.revised",
        payload: { revisionId: revision.id, parentId: expectedRevisionId, number: revision.number },
      },
    });
    return { factId, revision, changed: true };
  },
});
