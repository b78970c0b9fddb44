import { defineOperation } from "../lib/define-operation";
import { ZWorkingCopyKey } from "../schemas/working-copy";
import { workingDraftOwner } from "../working-drafts/owner";
import { clearWorkingCopy } from "./clear-working-copy";

/** The editor throws away their copy of a form: it opens empty (or as saved) again. */
export const discardWorkingCopy = defineOperation({
  minRole: "EDITOR",
  input: ZWorkingCopyKey,
  async run({ input, actor, tx }) {
    await clearWorkingCopy(tx, workingDraftOwner(actor), input);
  },
});
