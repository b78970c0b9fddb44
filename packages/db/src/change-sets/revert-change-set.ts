import { ZFactContent, ZUuid } from "@dyad/core/schemas/fact";
import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import { lockFact } from "../facts/lock-fact";
import { writeRevision } from "../facts/write-revision";
import { defineOperation } from "../lib/define-operation";
import { revalidateAfterCommit } from "../public-cache/deliver-revalidations";
import { revisionSelect, toContentInput, toRevisionView } from "../read-model/revision-view";
import type { Tx } from "../tx";
import { lockChangeSet } from "./lock-change-set";
import { stampInstant, writeAtOneInstant } from "./one-instant";

/**
 * Undo a published change-set as one action, at one instant: each fact it changed gets a new
 * revision saying what the public saw before (or is withdrawn again if it was not public, or
 * public again if the set withdrew it); each summary goes back. Nothing is deleted: the set's
 * revisions and publications stay in the history. Refused (CONFLICT) if anything it published
 * was changed since.
 */
export const revertChangeSet = defineOperation({
  minRole: "REVIEWER",
  input: { changeSetId: ZUuid },
  async run(context) {
    const { input, actor, tx } = context;
    const set = await lockChangeSet(tx, input.changeSetId, ["PUBLISHED"]);
    const items = await tx.changeSetItem.findMany({ where: { changeSetId: set.id }, orderBy: { factId: "asc" } });
    const note = `Reverted change-set “${set.title}”`;
    const changes: { factId: string; relationId: string; revisionId: string | null; draft?: boolean }[] = [];
    for (const item of items) {
      if (!item.factId) continue;
      const fact = await lockFact(tx, item.factId);
      if (fact.publishedRevisionId !== item.revisionId) {
        throw new AppError(
          "CONFLICT",
          "A fact of this change-set was changed since it was published: revert it by hand",
        );
      }
      if (!item.replacedRevisionId) changes.push({ ...ids(item), revisionId: null });
      else if (item.action === "WITHDRAW")
        changes.push({ ...ids(item), revisionId: item.replacedRevisionId, draft: false });
      else
        changes.push({
          ...ids(item),
          revisionId: await copyRevision(tx, item.replacedRevisionId, fact, note, actor),
        });
    }
    for (const item of items.filter((i) => i.action === "SUMMARY")) {
      const rows = await tx.$queryRaw<{ summary: string }[]>`
        SELECT summary FROM relation WHERE id = ${item.relationId}::uuid FOR UPDATE`;
      if (rows[0]?.summary !== item.summaryAfter) {
        throw new AppError("CONFLICT", "A summary of this change-set was changed since it was published");
      }
      await tx.relation.update({ where: { id: item.relationId }, data: { summary: item.summaryBefore ?? "" } });
      await tx.revalidationOutbox.create({ data: { relationId: item.relationId } });
    }
    const instant = await writeAtOneInstant(tx, actor, changes, set.id);
    await stampInstant(tx, set.id, instant, { state: "REVERTED" });
    await writeAuditEvent(tx, {
      actor: actor,
      event: {
        type: "change_set.reverted",
        payload: {
          changeSetId: set.id,
          at: instant.at.toISOString(),
          facts: changes.length,
          summaries: items.length - items.filter((i) => i.factId).length,
        },
      },
    });
    revalidateAfterCommit(context);
    return { changeSetId: set.id, at: instant.at };
  },
});

const ids = (item: { factId: string | null; relationId: string }) => ({
  factId: item.factId as string,
  relationId: item.relationId,
});

/** A new revision on top of the latest draft with an old revision's content. */
async function copyRevision(
  tx: Tx,
  fromId: string,
  fact: { id: string; currentRevisionId: string | null },
  note: string,
  actor: Actor,
) {
  const from = await tx.factRevision.findUniqueOrThrow({ where: { id: fromId }, select: revisionSelect });
  const last = await tx.factRevision.aggregate({ where: { factId: fact.id }, _max: { number: true } });
  const revision = await writeRevision(tx, {
    factId: fact.id,
    number: (last._max.number ?? 0) + 1,
    parentId: fact.currentRevisionId,
    content: ZFactContent.parse(toContentInput(toRevisionView(from))),
    note,
    actor,
  });
  return revision.id;
}
