import { ZFactContent, ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import { lockFact } from "../facts/lock-fact";
import { writeRevision } from "../facts/write-revision";
import { applyMerge, planMerge } from "../history/plan-merge";
import { defineOperation } from "../lib/define-operation";
import { revisionSelect, toContentInput, toRevisionView } from "../read-model/revision-view";
import type { Tx } from "../tx";
import { lockChangeSet } from "./lock-change-set";

const load = async (tx: Tx, id: string) =>
  toContentInput(toRevisionView(await tx.factRevision.findUniqueOrThrow({ where: { id }, select: revisionSelect })));

/**
 * At review, bring a proposal whose fact moved on since (another change-set was published, or
 * someone edited the draft) up to date with the field-by-field merge (history/plan-merge.ts):
 * fields only one side changed are taken from it; fields both changed take the proposal's
 * value unless `choices` says "theirs". The merged proposal needs approving again.
 */
export const mergeStaleChange = defineOperation({
  minRole: "REVIEWER",
  input: {
    changeSetId: ZUuid,
    itemId: ZUuid,
    choices: z.record(z.string(), z.enum(["mine", "theirs"])).optional(),
  },
  async run({ input, actor, tx }) {
    const { itemId } = input;
    const set = await lockChangeSet(tx, input.changeSetId, ["SUBMITTED", "APPROVED", "SCHEDULED", "HELD"]);
    const item = await tx.changeSetItem.findFirst({ where: { id: itemId, changeSetId: set.id } });
    if (!item?.factId || !item.revisionId)
      throw new AppError("NOT_FOUND", "That fact change is not in this change-set");
    const fact = await lockFact(tx, item.factId);
    if (fact.currentRevisionId === item.baseRevisionId || !fact.currentRevisionId || !item.baseRevisionId) {
      throw new AppError("CONFLICT", "This change is up to date: there is nothing to merge");
    }
    const [base, mine, theirs] = await Promise.all([
      load(tx, item.baseRevisionId),
      load(tx, item.revisionId),
      load(tx, fact.currentRevisionId),
    ]);
    const choices: Record<string, "mine" | "theirs"> = {};
    for (const field of planMerge(base, mine, theirs)) {
      if (field.status === "theirs") choices[field.key] = "theirs";
      if (field.status === "both") choices[field.key] = input.choices?.[field.key] === "theirs" ? "theirs" : "mine";
    }
    const merged = ZFactContent.parse(applyMerge(mine, theirs, choices));
    const last = await tx.factRevision.aggregate({ where: { factId: fact.id }, _max: { number: true } });
    const revision = await writeRevision(tx, {
      factId: fact.id,
      number: (last._max.number ?? 0) + 1,
      parentId: fact.currentRevisionId,
      content: merged,
      note: `Merged with the fact's newer revision at review: ${item.note}`.slice(0, 1000),
      actor: actor,
    });
    await tx.changeSetItem.update({
      where: { id: item.id },
      data: { baseRevisionId: fact.currentRevisionId, revisionId: revision.id, reviewState: "PENDING" },
    });
    await tx.changeSet.update({
      where: { id: set.id },
      data: { state: "SUBMITTED", scheduledAt: null, stateNote: null },
    });
    await writeAuditEvent(tx, {
      actor: actor,
      factId: fact.id,
      relationId: fact.relationId,
      event: {
        type: "change_set.changed",
        payload: { changeSetId: set.id, action: "MERGE", revisionId: revision.id, competesWithId: item.competesWithId },
      },
    });
    return { revisionId: revision.id };
  },
});
