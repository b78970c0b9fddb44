import { checkOperationInput, type UncheckedOptions } from "../lib/define-operation";
import type { SqlTx } from "../tx";
import { autosave, autosaveWorkingDraft } from "./autosave-working-draft";

/**
 * autosaveWorkingDraft for the editor's form, in a transaction on pg itself (inSqlTransaction)
 * that also checks the session: the same role check, parse, checks and upsert (issue 21.4).
 */
export async function autosaveWorkingDraftOnPg(
  tx: SqlTx,
  options: UncheckedOptions<typeof autosaveWorkingDraft.input>,
) {
  return autosave(tx, checkOperationInput(autosaveWorkingDraft, options), options.actor);
}
