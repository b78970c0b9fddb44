import type { Tx } from "../tx";

/**
 * Delete an editor's working copy of a fact once what it held is saved as a revision, in the
 * saving transaction (so a crash between the two cannot leave a copy that looks unsaved).
 */
export async function clearWorkingDraft(
  tx: Pick<Tx, "workingDraft">,
  key: { userId: string | null; factId: string; changeSetId: string | null },
) {
  if (!key.userId) return;
  await tx.workingDraft.deleteMany({
    where: { userId: key.userId, factId: key.factId, changeSetId: key.changeSetId },
  });
}
