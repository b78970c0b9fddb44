import { EDITABLE_STATES } from "../change-sets/lock-change-set";
import { AppError, notFound } from "../errors";
import { defineOperation } from "../lib/define-operation";
import { ZWorkingCopyInput } from "../schemas/working-copy";
import { workingDraftOwner } from "../working-drafts/owner";
import { copyWhere } from "./copy-where";

/**
 * Keep what an editor has typed into a form that has no fact yet (a new fact, a summary in a
 * change-set, a change-set about to be opened): their one copy of it is overwritten, with no
 * history and no audit event. The form's save deletes it (clearWorkingCopy). Returns when it was kept.
 */
export const autosaveWorkingCopy = defineOperation({
  minRole: "EDITOR",
  input: ZWorkingCopyInput,
  async run({ input, actor, tx }) {
    const row = copyWhere(workingDraftOwner(actor), input);
    if (row.relationId) {
      const relation = await tx.relation.findUnique({ where: { id: row.relationId }, select: { id: true } });
      if (!relation) throw notFound("Relation");
    }
    if (row.changeSetId) {
      const set = await tx.changeSet.findUnique({ where: { id: row.changeSetId }, select: { state: true } });
      if (!set) throw notFound("Change-set");
      if (!EDITABLE_STATES.includes(set.state)) {
        throw new AppError("CONFLICT", "This change-set no longer takes edits, so nothing typed for it is kept");
      }
    }
    const rows = await tx.$queryRaw<{ saved_at: Date }[]>`
      INSERT INTO working_copy (user_id, form, relation_id, change_set_id, content)
      VALUES (${row.userId}::uuid, ${row.form}, ${row.relationId}::uuid, ${row.changeSetId}::uuid,
              ${JSON.stringify(input.content)}::jsonb)
      ON CONFLICT (user_id, form, relation_id, change_set_id) DO UPDATE
        SET content = EXCLUDED.content, saved_at = CURRENT_TIMESTAMP
      RETURNING saved_at`;
    return { savedAt: (rows[0] as { saved_at: Date }).saved_at.toISOString() };
  },
});
