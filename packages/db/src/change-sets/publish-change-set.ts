import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { assertRole } from "../permissions";
import { deliverRevalidations } from "../public-cache/deliver-revalidations";
import { ZPublishAt } from "../schemas/change-set";
import { applyChangeSet } from "./apply-change-set";
import { lockChangeSet } from "./lock-change-set";

/**
 * Publish an approved change-set now, as one (applyChangeSet), or schedule it: with `at` in the
 * future it waits (state SCHEDULED) for the editor's schedule sweep (publishDueChangeSets). A
 * change-set that cannot apply now is refused (CONFLICT with the reason) and nothing is published.
 */
export async function publishChangeSet(options: { changeSetId: string; at?: string; actor: Actor }) {
  assertRole(options.actor, "REVIEWER");
  const at = options.at ? new Date(parseInput(ZPublishAt, options.at)) : undefined;
  const result = await getDb().$transaction(async (tx) => {
    const set = await lockChangeSet(tx, options.changeSetId, ["APPROVED", "SCHEDULED", "HELD"]);
    const pending = await tx.changeSetItem.count({ where: { changeSetId: set.id, reviewState: { not: "APPROVED" } } });
    if (pending > 0) throw new AppError("CONFLICT", "Every change must be approved before the change-set is published");
    if (at && at.getTime() > Date.now()) {
      await tx.changeSet.update({
        where: { id: set.id },
        data: { state: "SCHEDULED", scheduledAt: at, stateNote: null },
      });
      await writeAuditEvent(tx, {
        actor: options.actor,
        event: { type: "change_set.scheduled", payload: { changeSetId: set.id, at: at.toISOString() } },
      });
      return { changeSetId: set.id, scheduledAt: at, publishedAt: null };
    }
    const published = await applyChangeSet(tx, { ...set, scheduledAt: null }, options.actor);
    return { changeSetId: set.id, scheduledAt: null, publishedAt: published.at };
  });
  if (result.publishedAt) await deliverRevalidations();
  return result;
}
