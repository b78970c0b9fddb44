import { defineOperation } from "../lib/define-operation";
import { type TWorkingDraftContent, ZWorkingDraftContent, ZWorkingDraftKey } from "../schemas/working-draft";
import { workingDraftOwner } from "./owner";

/** The editor's own working copy of a fact (in a change-set, or of its draft), or null. */
export const getWorkingDraft = defineOperation({
  minRole: "EDITOR",
  input: ZWorkingDraftKey,
  transaction: false,
  async run({ input: { factId, changeSetId }, actor, tx }) {
    const userId = workingDraftOwner(actor);
    const row = await tx.workingDraft.findFirst({ where: { userId, factId, changeSetId } });
    // Checked again on the way out: a copy the form could not load is as good as none.
    const content = ZWorkingDraftContent.safeParse(row?.content);
    if (!row || !content.success) return null;
    return {
      content: content.data as TWorkingDraftContent,
      note: row.note,
      baseRevisionId: row.baseRevisionId,
      savedAt: row.savedAt.toISOString(),
    };
  },
});
