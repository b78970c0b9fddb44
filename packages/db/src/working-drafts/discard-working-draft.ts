import { defineOperation } from "../lib/define-operation";
import { ZWorkingDraftKey } from "../schemas/working-draft";
import { clearWorkingDraft } from "./clear-working-draft";
import { workingDraftOwner } from "./owner";

/** The editor throws away their working copy: the form goes back to the saved draft. */
export const discardWorkingDraft = defineOperation({
  minRole: "EDITOR",
  input: ZWorkingDraftKey,
  async run({ input: { factId, changeSetId }, actor, tx }) {
    await clearWorkingDraft(tx, { userId: workingDraftOwner(actor), factId, changeSetId });
  },
});
