import { ZFactContent, ZNote, ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError, parseInput } from "../errors";
import { createFact } from "../facts/create-fact";
import { lockFact } from "../facts/lock-fact";
import { revisionContentHash, writeRevision } from "../facts/write-revision";
import { defineOperation } from "../lib/define-operation";
import { resolveCitations } from "../sources/resolve-citations";
import type { Tx } from "../tx";
import { clearWorkingCopy } from "../working-copies/clear-working-copy";
import { clearWorkingDraft } from "../working-drafts/clear-working-draft";
import { findCompeting } from "./find-competing";
import { EDITABLE_STATES, lockChangeSet } from "./lock-change-set";

/**
 * Propose a fact's new content inside a change-set (or a new fact, without `factId`). The
 * revision is written now, but neither pointer moves until the change-set is published: the
 * public and other editors keep seeing the fact as it was. Editing it again in the same set
 * replaces the proposal (a new revision on top of the last one; history keeps both) and asks for
 * its review again.
 */
export const stageFactEdit = defineOperation({
  minRole: "EDITOR",
  input: {
    changeSetId: ZUuid,
    factId: ZUuid.optional(),
    /** For a new fact (checked there: an edit ignores it). */
    relationId: z.string().optional(),
    content: ZFactContent,
    note: ZNote,
    /** The editor was told the fact is in another open change-set and proposes a competing change. */
    compete: z.boolean().optional(),
  },
  async run({ input, actor, tx }) {
    const { factId, content, note } = input;
    const options = { ...input, actor };
    const set = await lockChangeSet(tx, input.changeSetId, EDITABLE_STATES);
    const staged = factId
      ? await stageExisting(tx, { ...options, setId: set.id, factId, content, note })
      : await stageNew(tx, { ...options, setId: set.id, content, note });
    // What the editor typed is now the change-set's proposal: their autosaved copy has served.
    if (factId) await clearWorkingDraft(tx, { userId: options.actor.id, factId, changeSetId: set.id });
    // A held change-set that is changed goes back to its editors: it needs review again.
    if (staged.changed && set.state === "HELD") {
      await tx.changeSet.update({ where: { id: set.id }, data: { state: "OPEN", stateNote: null } });
    }
    return staged;
  },
});

type Staging = { setId: string; content: ReturnType<typeof ZFactContent.parse>; note: string; actor: Actor };

async function stageNew(tx: Tx, o: Staging & { relationId?: string }) {
  const relationId = parseInput(ZUuid, o.relationId);
  const created = await createFact({ tx, relationId, content: o.content, note: o.note, actor: o.actor });
  // The new-fact form's autosaved copy has served: it is the change-set's proposal now.
  await clearWorkingCopy(tx, o.actor.id, { form: "NEW_FACT", relationId, changeSetId: o.setId });
  const item = await tx.changeSetItem.create({
    data: {
      changeSetId: o.setId,
      action: "CREATE",
      factId: created.factId,
      relationId,
      baseRevisionId: created.revision.id,
      revisionId: created.revision.id,
      note: o.note,
      editedById: o.actor.id,
      editedByName: o.actor.name,
    },
  });
  await audit(tx, o, item, created.factId, created.revision.id, null);
  return { factId: created.factId, revisionId: created.revision.id, itemId: item.id, changed: true };
}

async function stageExisting(tx: Tx, o: Staging & { factId: string; compete?: boolean }) {
  const fact = await lockFact(tx, o.factId);
  if (o.content.kind !== fact.kind) {
    throw new AppError("INVALID", `kind: this fact is a ${fact.kind} and stays one; create a new fact instead`);
  }
  const item = await tx.changeSetItem.findUnique({
    where: { changeSetId_factId: { changeSetId: o.setId, factId: o.factId } },
  });
  const competesWithId = item
    ? item.competesWithId
    : await findCompeting(tx, { factId: o.factId, changeSetId: o.setId, compete: o.compete === true });
  const parentId = item?.revisionId ?? fact.currentRevisionId;
  const parent = parentId ? await tx.factRevision.findUniqueOrThrow({ where: { id: parentId } }) : null;
  const citations = await resolveCitations(tx, o.content.sources);
  if (parent && item?.revisionId && revisionContentHash(o.content, citations) === parent.contentHash) {
    return { factId: o.factId, revisionId: parent.id, itemId: item.id, changed: false };
  }
  const last = await tx.factRevision.aggregate({ where: { factId: o.factId }, _max: { number: true } });
  const revision = await writeRevision(tx, {
    factId: o.factId,
    number: (last._max.number ?? 0) + 1,
    parentId,
    content: o.content,
    note: o.note,
    actor: o.actor,
  });
  const fields = { revisionId: revision.id, note: o.note, reviewState: "PENDING", editedById: o.actor.id };
  const saved = item
    ? await tx.changeSetItem.update({
        where: { id: item.id },
        data: { ...fields, editedByName: o.actor.name, action: item.action === "CREATE" ? "CREATE" : "EDIT" },
      })
    : await tx.changeSetItem.create({
        data: {
          ...fields,
          editedByName: o.actor.name,
          changeSetId: o.setId,
          action: "EDIT",
          factId: o.factId,
          relationId: fact.relationId,
          baseRevisionId: fact.currentRevisionId,
          competesWithId,
        },
      });
  await audit(tx, o, saved, o.factId, revision.id, competesWithId);
  return { factId: o.factId, revisionId: revision.id, itemId: saved.id, changed: true };
}

function audit(
  tx: Tx,
  o: Staging,
  item: { action: string; relationId: string },
  factId: string,
  revisionId: string | null,
  competesWithId: string | null,
) {
  return writeAuditEvent(tx, {
    actor: o.actor,
    factId,
    relationId: item.relationId,
    event: {
      type: "change_set.changed",
      payload: { changeSetId: o.setId, action: item.action, revisionId, competesWithId },
    },
  });
}
