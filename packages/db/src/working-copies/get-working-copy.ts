import { defineOperation } from "../lib/define-operation";
import {
  type TWorkingCopyContent,
  type TWorkingCopyForm,
  WORKING_COPY_CONTENT,
  ZWorkingCopyKey,
} from "../schemas/working-copy";
import { workingDraftOwner } from "../working-drafts/owner";
import { copyWhere } from "./copy-where";

/** The editor's own copy of a form (what they typed and when it was kept), or null. */
export const getWorkingCopy = defineOperation({
  minRole: "EDITOR",
  input: ZWorkingCopyKey,
  transaction: false,
  async run({ input, actor, tx }) {
    const row = await tx.workingCopy.findFirst({ where: copyWhere(workingDraftOwner(actor), input) });
    // Checked again on the way out: a copy the form could not load is as good as none.
    const content = WORKING_COPY_CONTENT[input.form].safeParse(row?.content);
    if (!row || !content.success) return null;
    return { content: content.data as TWorkingCopyContent<TWorkingCopyForm>, savedAt: row.savedAt.toISOString() };
  },
});
