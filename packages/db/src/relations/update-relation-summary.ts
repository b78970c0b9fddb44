import { z } from "zod";
import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { assertRole } from "../permissions";
import { deliverRevalidations } from "../public-cache/deliver-revalidations";
import { ZUuid } from "../schemas/fact";

export const ZRelationSummary = z.string().trim().max(5000, "Keep the summary under 5,000 characters");

/**
 * Change a relation's summary. It is public as soon as it is saved (summaries are not
 * versioned or reviewed), so it takes a reviewer. The caller names the summary it started
 * from: if someone changed it since, the save is refused (CONFLICT) with the current text.
 */
export async function updateRelationSummary(options: {
  relationId: string;
  expectedSummary: string;
  summary: string;
  actor: Actor;
}) {
  assertRole(options.actor, "REVIEWER");
  const relationId = parseInput(ZUuid, options.relationId);
  const summary = parseInput(ZRelationSummary, options.summary);
  const result = await getDb().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ summary: string }[]>`
      SELECT summary FROM relation WHERE id = ${relationId}::uuid FOR UPDATE`;
    const relation = rows[0];
    if (!relation) throw new AppError("NOT_FOUND", "Relation was not found");
    if (relation.summary !== options.expectedSummary.trim()) {
      throw new AppError("CONFLICT", "Someone changed this summary since you loaded it", {
        currentSummary: relation.summary,
      });
    }
    if (relation.summary === summary) return { relation, changed: false };
    await tx.relation.update({ where: { id: relationId }, data: { summary } });
    await tx.revalidationOutbox.create({ data: { relationId } });
    await writeAuditEvent(tx, {
      actor: options.actor,
      relationId,
      event: { type: "relation.summary_changed", payload: { before: relation.summary, after: summary } },
    });
    return { relation, changed: true };
  });
  if (result.changed) await deliverRevalidations();
  return { relationId, changed: result.changed };
}
