import { ZNote, ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import { lockFact } from "../facts/lock-fact";
import { defineOperation } from "../lib/define-operation";
import { findCompeting } from "./find-competing";
import { EDITABLE_STATES, lockChangeSet } from "./lock-change-set";

/** Propose, inside a change-set, that a public fact stop being public (its history stays). */
export const stageWithdrawal = defineOperation({
  minRole: "EDITOR",
  input: { changeSetId: ZUuid, factId: ZUuid, note: ZNote, compete: z.boolean().optional() },
  async run({ input: { changeSetId, factId, note, compete }, actor, tx }) {
    const set = await lockChangeSet(tx, changeSetId, EDITABLE_STATES);
    const fact = await lockFact(tx, factId);
    if (!fact.publishedRevisionId)
      throw new AppError("CONFLICT", "This fact is not public: there is nothing to withdraw");
    const existing = await tx.changeSetItem.findUnique({
      where: { changeSetId_factId: { changeSetId: set.id, factId } },
    });
    if (existing?.action === "CREATE") throw new AppError("CONFLICT", "This fact is new in this change-set");
    const competesWithId =
      existing?.competesWithId ?? (await findCompeting(tx, { factId, changeSetId: set.id, compete: compete === true }));
    const fields = { action: "WITHDRAW", revisionId: null, note, reviewState: "PENDING", editedById: actor.id };
    const item = existing
      ? await tx.changeSetItem.update({
          where: { id: existing.id },
          data: { ...fields, editedByName: actor.name },
        })
      : await tx.changeSetItem.create({
          data: {
            ...fields,
            editedByName: actor.name,
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
      actor: actor,
      factId,
      relationId: fact.relationId,
      event: {
        type: "change_set.changed",
        payload: { changeSetId: set.id, action: "WITHDRAW", revisionId: null, competesWithId },
      },
    });
    return { itemId: item.id };
  },
});
