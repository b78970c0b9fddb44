import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { assertRole } from "../permissions";
import { ZChangeSetDescription, ZChangeSetTitle } from "../schemas/change-set";

/** Open a change-set: edits made in it are reviewed and published together. */
export async function openChangeSet(options: { title: string; description?: string; actor: Actor }) {
  assertRole(options.actor, "EDITOR");
  const title = parseInput(ZChangeSetTitle, options.title);
  const description = parseInput(ZChangeSetDescription, options.description ?? "");
  return getDb().$transaction(async (tx) => {
    const set = await tx.changeSet.create({
      data: { title, description, authorId: options.actor.id, authorName: options.actor.name },
    });
    await writeAuditEvent(tx, {
      actor: options.actor,
      event: { type: "change_set.opened", payload: { changeSetId: set.id, title } },
    });
    return set;
  });
}
