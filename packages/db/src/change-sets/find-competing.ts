import { AppError } from "../errors";
import type { Tx } from "../tx";
import { PENDING_STATES } from "./lock-change-set";

/**
 * The other unpublished change-set that holds this fact, if any. Without `compete` the editor is
 * refused with its title (CONFLICT), so nobody edits a fact in two change-sets without knowing;
 * with it, the change is kept as a competing proposal that review resolves.
 */
export async function findCompeting(tx: Tx, options: { factId: string; changeSetId: string; compete: boolean }) {
  const other = await tx.changeSetItem.findFirst({
    where: {
      factId: options.factId,
      changeSetId: { not: options.changeSetId },
      changeSet: { state: { in: PENDING_STATES } },
    },
    orderBy: { updatedAt: "asc" },
    select: { changeSet: { select: { id: true, title: true, authorName: true } } },
  });
  if (!other) return null;
  if (!options.compete) {
    throw new AppError(
      "CONFLICT",
      `This fact is already in the change-set “${other.changeSet.title}” (${other.changeSet.authorName}): propose a competing change to have the two resolved at review`,
      { changeSetId: other.changeSet.id, title: other.changeSet.title },
    );
  }
  return other.changeSet.id;
}
