import type { z } from "zod";
import type { Actor } from "../actor";
import { EDITABLE_STATES } from "../change-sets/lock-change-set";
import { AppError, notFound } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { ChangeSetState } from "../generated/prisma/enums";
import { defineOperation } from "../lib/define-operation";
import { settledValue } from "../lib/settled-value";
import { ZWorkingDraftInput } from "../schemas/working-draft";
import { type AnyTx, queryRows } from "../tx";
import { workingDraftOwner } from "./owner";

/**
 * Keep what an editor has typed into a fact's form (autosave): their one working copy of that
 * fact (in that change-set, or of its own draft) is overwritten, so typing makes no history and
 * moves no pointer; nothing public or reviewed changes. An explicit save makes the revision
 * (with its note) and deletes the copy (clearWorkingDraft). Returns when it was kept.
 */
export const autosaveWorkingDraft = defineOperation({
  minRole: "EDITOR",
  input: ZWorkingDraftInput,
  run: ({ input, actor, tx }) => autosave(tx, input, actor),
});

/**
 * The autosave's work in either transaction: the operation's, or the editor's on pg
 * (autosave-working-draft-on-pg.ts). Raw SQL: it runs every few seconds while anyone types.
 */
export async function autosave(tx: AnyTx, input: z.output<typeof ZWorkingDraftInput>, actor: Actor) {
  const userId = workingDraftOwner(actor);
  const { factId, changeSetId, baseRevisionId, content, note } = input;
  // The checks and the upsert go out together (one round trip on a pipelined connection,
  // lib/sql-transaction.ts) and are judged in order. A refusal is thrown after the upsert went
  // out, so it must end the transaction, as it does for both callers: nothing is kept.
  const [facts, sets, saved] = await Promise.allSettled([
    queryRows<{ deleted_at: Date | null; kind: string }>(
      tx,
      Prisma.sql`SELECT deleted_at, kind::text FROM fact WHERE id = ${factId}::uuid`,
    ),
    changeSetId
      ? queryRows<{ state: ChangeSetState }>(
          tx,
          Prisma.sql`SELECT state::text FROM change_set WHERE id = ${changeSetId}::uuid`,
        )
      : [],
    queryRows<{ saved_at: Date }>(
      tx,
      Prisma.sql`
        INSERT INTO working_draft (user_id, fact_id, change_set_id, base_revision_id, content, note)
        VALUES (${userId}::uuid, ${factId}::uuid, ${changeSetId}::uuid, ${baseRevisionId}::uuid,
                ${JSON.stringify(content)}::jsonb, ${note})
        ON CONFLICT (user_id, fact_id, change_set_id) DO UPDATE
          SET base_revision_id = EXCLUDED.base_revision_id, content = EXCLUDED.content, note = EXCLUDED.note,
              saved_at = CURRENT_TIMESTAMP
        RETURNING saved_at`,
    ),
  ]);
  const [fact] = settledValue(facts);
  if (!fact || fact.deleted_at) throw notFound("Fact");
  if (content.kind !== fact.kind) throw new AppError("INVALID", `kind: this fact is a ${fact.kind} and stays one`);
  if (changeSetId) {
    const [set] = settledValue(sets);
    if (!set) throw notFound("Change-set");
    if (!EDITABLE_STATES.includes(set.state)) {
      throw new AppError("CONFLICT", "This change-set no longer takes edits, so nothing typed for it is kept");
    }
  }
  const [row] = settledValue(saved);
  return { savedAt: (row as { saved_at: Date }).saved_at.toISOString() };
}
