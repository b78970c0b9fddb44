import { ZFactContent, ZNote, ZUuid } from "@dyad/core/schemas/fact";
import { AppError } from "../errors";
import { defineOperation, type OperationOptions } from "../lib/define-operation";
import type { TAuditEvent } from "../schemas/audit";
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
    // The draft pointer and the audit event in one statement (two Prisma writes before, issue 21.4).
    const event = {
      type: "fact.revised",
      payload: { revisionId: revision.id, parentId: expectedRevisionId, number: revision.number },
    } satisfies TAuditEvent;
    await tx.$executeRaw`
      WITH pointer AS (
        UPDATE fact SET current_revision_id = ${revision.id}::uuid, review_state = 'DRAFT', review_note = NULL,
               updated_at = now()
         WHERE id = ${factId}::uuid)
      INSERT INTO audit_event (type, payload, actor_id, actor_name, fact_id, relation_id)
      VALUES (${event.type}, ${JSON.stringify(event.payload)}::jsonb, ${actor.id ?? null}::uuid, ${actor.name},
              ${factId}::uuid, ${fact.relationId}::uuid)`;
    return { factId, revision, changed: true };
  },
});
