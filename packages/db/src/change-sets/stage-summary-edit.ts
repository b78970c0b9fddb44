import { ZUuid } from "@dyad/core/schemas/fact";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError, notFound } from "../errors";
import { defineOperation } from "../lib/define-operation";
import { ZRelationSummary } from "../relations/update-relation-summary";
import { clearWorkingCopy } from "../working-copies/clear-working-copy";
import { EDITABLE_STATES, lockChangeSet } from "./lock-change-set";

/**
 * Propose a relation's new summary inside a change-set. The summary the public sees now is kept
 * as the base: publishing holds if someone changed it meanwhile.
 */
export const stageSummaryEdit = defineOperation({
  minRole: "EDITOR",
  input: { changeSetId: ZUuid, relationId: ZUuid, summary: ZRelationSummary },
  async run({ input: { changeSetId, relationId, summary }, actor, tx }) {
    const set = await lockChangeSet(tx, changeSetId, EDITABLE_STATES);
    const relation = await tx.relation.findUnique({ where: { id: relationId }, select: { summary: true } });
    if (!relation) throw notFound("Relation");
    const existing = await tx.changeSetItem.findFirst({
      where: { changeSetId: set.id, relationId, action: "SUMMARY" },
    });
    const before = existing?.summaryBefore ?? relation.summary;
    // What the editor typed is saved (or was already): their autosaved copy has served.
    await clearWorkingCopy(tx, actor.id, { form: "CHANGE_SET_SUMMARY", relationId, changeSetId: set.id });
    if (summary === (existing?.summaryAfter ?? relation.summary)) return { changed: false };
    if (summary === before && !existing) throw new AppError("INVALID", "summary: that is what the summary says now");
    const fields = {
      summaryAfter: summary,
      note: "Summary",
      reviewState: "PENDING",
      editedById: actor.id,
      editedByName: actor.name,
    };
    if (existing) await tx.changeSetItem.update({ where: { id: existing.id }, data: fields });
    else {
      await tx.changeSetItem.create({
        data: { ...fields, changeSetId: set.id, action: "SUMMARY", relationId, summaryBefore: before },
      });
    }
    if (set.state === "HELD")
      await tx.changeSet.update({ where: { id: set.id }, data: { state: "OPEN", stateNote: null } });
    await writeAuditEvent(tx, {
      actor: actor,
      relationId,
      event: {
        type: "change_set.changed",
        payload: { changeSetId: set.id, action: "SUMMARY", revisionId: null, competesWithId: null },
      },
    });
    return { changed: true };
  },
});
