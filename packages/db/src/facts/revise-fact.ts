import { ZFactContent, ZNote, ZUuid } from "@dyad/core/schemas/fact";
import type { Actor } from "../actor";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { defineOperation, type OperationOptions, type ParsedInput } from "../lib/define-operation";
import { executeAlong } from "../lib/sql-transaction";
import type { TAuditEvent } from "../schemas/audit";
import { resolveCitations } from "../sources/resolve-citations";
import type { AnyTx } from "../tx";
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
  async run({ input, actor, tx }) {
    const { factId, expectedRevisionId } = input;
    const { fact, citations, unchanged } = await lockForRevision(tx, input);
    if (unchanged) {
      const current = await tx.factRevision.findUniqueOrThrow({ where: { id: expectedRevisionId } });
      return { factId, revision: current, changed: false };
    }
    const revision = await writeRevision(tx, revisionOptions(input, fact, actor), citations);
    await moveDraftPointer(tx, { factId, relationId: fact.relationId, revision, parentId: expectedRevisionId, actor });
    return { factId, revision, changed: true };
  },
});

type ReviseInput = ParsedInput<typeof input>;

/**
 * The start of a save, in either transaction (reviseFact, or the editor's save on pg:
 * revise-fact-on-pg.ts): the fact locked at the expected draft, the kind kept, the citations
 * resolved once (the revision stores these, so the hash compared is the hash stored), and
 * whether the content is the draft's already.
 */
export async function lockForRevision(tx: AnyTx, { factId, expectedRevisionId, content }: ReviseInput) {
  const fact = await lockFactWithDraft(tx, factId, expectedRevisionId);
  if (content.kind !== fact.kind) {
    throw new AppError("INVALID", `kind: this fact is a ${fact.kind} and stays one; create a new fact instead`);
  }
  const citations = await resolveCitations(tx, content.sources);
  return { fact, citations, unchanged: revisionContentHash(content, citations) === fact.draftContentHash };
}

/** The new revision's row: the next free number (a change-set's proposal may be numbered above the draft). */
export function revisionOptions(
  { factId, expectedRevisionId, content, note }: ReviseInput,
  fact: { lastNumber: number | null; draftNumber: number | null },
  actor: Actor,
) {
  return {
    factId,
    number: (fact.lastNumber ?? fact.draftNumber ?? 0) + 1,
    parentId: expectedRevisionId,
    content,
    note,
    actor,
  };
}

/**
 * The draft pointer and the audit event in one statement (two Prisma writes before, issue 21.4),
 * sent along (executeAlong): the save's statements after it go out behind it.
 */
export async function moveDraftPointer(
  tx: AnyTx,
  options: {
    factId: string;
    relationId: string;
    revision: { id: string; number: number };
    parentId: string;
    actor: Actor;
  },
) {
  const { factId, relationId, revision, actor } = options;
  const event = {
    type: "fact.revised",
    payload: { revisionId: revision.id, parentId: options.parentId, number: revision.number },
  } satisfies TAuditEvent;
  await executeAlong(
    tx,
    Prisma.sql`
      WITH pointer AS (
        UPDATE fact SET current_revision_id = ${revision.id}::uuid, review_state = 'DRAFT', review_note = NULL,
               updated_at = now()
         WHERE id = ${factId}::uuid)
      INSERT INTO audit_event (type, payload, actor_id, actor_name, fact_id, relation_id)
      VALUES (${event.type}, ${JSON.stringify(event.payload)}::jsonb, ${actor.id ?? null}::uuid, ${actor.name},
              ${factId}::uuid, ${relationId}::uuid)`,
  );
}
