import { ZUuid } from "@dyad/core/schemas/fact";
import { AppError, notFound, parseInput } from "../errors";
import type { ChangeSetState } from "../generated/prisma/client";
import type { Tx } from "../tx";

/** States in which editors may still change what a change-set holds. */
export const EDITABLE_STATES: ChangeSetState[] = ["OPEN", "CHANGES_REQUESTED", "HELD"];
/** States in which a change-set still waits to be published: it holds its facts. */
export const PENDING_STATES: ChangeSetState[] = [
  "OPEN",
  "SUBMITTED",
  "CHANGES_REQUESTED",
  "APPROVED",
  "SCHEDULED",
  "HELD",
];

const STATE_WORDS: Record<ChangeSetState, string> = {
  OPEN: "open",
  SUBMITTED: "submitted for review",
  CHANGES_REQUESTED: "sent back for changes",
  APPROVED: "approved",
  SCHEDULED: "scheduled",
  HELD: "held",
  PUBLISHED: "published",
  REVERTED: "reverted",
};

/**
 * Lock a change-set's row for the rest of the transaction (its changes, review and publication
 * queue up), optionally refusing unless it is in one of `states`.
 */
export async function lockChangeSet(tx: Tx, id: string, states?: ChangeSetState[]) {
  const changeSetId = parseInput(ZUuid, id);
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM change_set WHERE id = ${changeSetId}::uuid FOR UPDATE`;
  if (!rows[0]) throw notFound("Change-set");
  const set = await tx.changeSet.findUniqueOrThrow({ where: { id: changeSetId } });
  if (states && !states.includes(set.state)) {
    throw new AppError("CONFLICT", `This change-set is ${STATE_WORDS[set.state]}: that cannot be done now`, {
      state: set.state,
    });
  }
  return set;
}
