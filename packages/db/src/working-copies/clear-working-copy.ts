import type { TWorkingCopyKey } from "../schemas/working-copy";
import type { Tx } from "../tx";
import { copyWhere } from "./copy-where";

/**
 * Delete an editor's copy of a form once the form's save kept what it held, in the saving
 * transaction (so a crash between the two cannot leave a copy that looks unsaved).
 */
export async function clearWorkingCopy(tx: Pick<Tx, "workingCopy">, userId: string | null, key: TWorkingCopyKey) {
  if (!userId) return;
  await tx.workingCopy.deleteMany({ where: copyWhere(userId, key) });
}
