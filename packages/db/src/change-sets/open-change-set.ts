import { writeAuditEvent } from "../audit/write-audit-event";
import { defineOperation } from "../lib/define-operation";
import { ZChangeSetDescription, ZChangeSetTitle } from "../schemas/change-set";

/** Open a change-set: edits made in it are reviewed and published together. */
export const openChangeSet = defineOperation({
  minRole: "EDITOR",
  input: { title: ZChangeSetTitle, description: ZChangeSetDescription },
  async run({ input: { title, description }, actor, tx }) {
    const set = await tx.changeSet.create({
      data: { title, description, authorId: actor.id, authorName: actor.name },
    });
    await writeAuditEvent(tx, {
      actor: actor,
      event: { type: "change_set.opened", payload: { changeSetId: set.id, title } },
    });
    return set;
  },
});
