import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { lockFact } from "../facts/lock-fact";
import { assertRole } from "../permissions";
import { ZNote, ZUuid } from "../schemas/fact";
import { findCompeting } from "./find-competing";
import { EDITABLE_STATES, lockChangeSet } from "./lock-change-set";

/** Propose, inside a change-set, that a public fact stop being public (its history stays). */
export async function stageWithdrawal(options: {
  changeSetId: string;
  factId: string;
  note: string;
  actor: Actor;
  compete?: boolean;
}) {
  assertRole(options.actor, "EDITOR");
  const factId = parseInput(ZUuid, options.factId);
  const note = parseInput(ZNote, options.note);
  return getDb().$transaction(async (tx) => {
    const set = await lockChangeSet(tx, options.changeSetId, EDITABLE_STATES);
    const fact = await lockFact(tx, factId);
    if (!fact.publishedRevisionId)
      throw new AppError("CONFLICT", "This fact is not public: there is nothing to withdraw");
    const existing = await tx.changeSetItem.findUnique({
      where: { changeSetId_factId: { changeSetId: set.id, factId } },
    });
    if (existing?.action === "CREATE") throw new AppError("CONFLICT", "This fact is new in this change-set");
    const competesWithId =
      existing?.competesWithId ??
      (await findCompeting(tx, { factId, changeSetId: set.id, compete: options.compete === true }));
    const fields = { action: "WITHDRAW", revisionId: null, note, reviewState: "PENDING", editedById: options.actor.id };
    const item = existing
      ? await tx.changeSetItem.update({
          where: { id: existing.id },
          data: { ...fields, editedByName: options.actor.name },
        })
      : await tx.changeSetItem.create({
          data: {
            ...fields,
            editedByName: options.actor.name,
            changeSetId: set.id,
            factId,
            relationId: fact.relationId,
            baseRevisionId: fact.currentRevisionId,
            competesWithId,
          },
        });
    if (set.state === "HELD")
      await tx.changeSet.update({ where: { id: set.id }, data: { state: "OPEN", stateNote: null } });
    await writeAuditEvent(tx, {
      actor: options.actor,
      factId,
      relationId: fact.relationId,
      event: {
        type: "change_set.changed",
        payload: { changeSetId: set.id, action: "WITHDRAW", revisionId: null, competesWithId },
      },
    });
    return { itemId: item.id };
  });
}
