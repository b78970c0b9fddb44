import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { AppError } from "../errors";
import { deliverRevalidations } from "../public-cache/deliver-revalidations";
import { applyChangeSet } from "./apply-change-set";

export const SCHEDULER: Actor = { id: null, name: "Dyad scheduler", role: "SYSTEM" };

/** Later than this after its time, a schedule was missed (the app was down), not just swept. */
const LATE_AFTER_MS = 15_000;

/**
 * Publish every scheduled change-set whose time has come, each in its own transaction. The
 * schedule lives in the database, so one missed while no editor app ran is published by the
 * next sweep, and says so (stateNote, audit `late`). One that can no longer apply is HELD with
 * the reason, nothing of it published. Several app instances may sweep at once: a change-set
 * another instance is publishing is skipped (SKIP LOCKED).
 */
export async function publishDueChangeSets(options: { actor?: Actor } = {}) {
  const actor = options.actor ?? SCHEDULER;
  const db = getDb();
  let published = 0;
  let held = 0;
  for (;;) {
    const outcome = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM change_set WHERE state = 'SCHEDULED' AND scheduled_at <= now()
        ORDER BY scheduled_at LIMIT 1 FOR UPDATE SKIP LOCKED`;
      const id = rows[0]?.id;
      if (!id) return null;
      const set = await tx.changeSet.findUniqueOrThrow({ where: { id } });
      const now = new Date();
      const late =
        set.scheduledAt && now.getTime() - set.scheduledAt.getTime() > LATE_AFTER_MS
          ? `Scheduled for ${set.scheduledAt.toISOString()}, published late at ${now.toISOString()}: the schedule was missed while the editor app was not running`
          : undefined;
      try {
        // A savepoint, so a held change-set is marked HELD in this same transaction.
        await tx.$executeRaw`SAVEPOINT apply_change_set`;
        await applyChangeSet(tx, set, actor, { late });
        return "published" as const;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        await tx.$executeRaw`ROLLBACK TO SAVEPOINT apply_change_set`;
        await tx.changeSet.update({ where: { id }, data: { state: "HELD", stateNote: error.message } });
        await writeAuditEvent(tx, {
          actor,
          event: { type: "change_set.held", payload: { changeSetId: id, reason: error.message } },
        });
        return "held" as const;
      }
    });
    if (outcome === null) break;
    if (outcome === "published") published++;
    else held++;
  }
  if (published > 0) await deliverRevalidations();
  return { published, held };
}
