import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import { defineOperation } from "../lib/define-operation";
import { revalidateAfterCommit } from "../public-cache/deliver-revalidations";

export const ZRelationSummary = z.string().trim().max(5000, "Keep the summary under 5,000 characters");

/**
 * Change a relation's summary. It is public as soon as it is saved (summaries are not
 * versioned or reviewed), so it takes a reviewer. The caller names the summary it started
 * from: if someone changed it since, the save is refused (CONFLICT) with the current text.
 */
export const updateRelationSummary = defineOperation({
  minRole: "REVIEWER",
  input: { relationId: ZUuid, summary: ZRelationSummary, expectedSummary: z.string() },
  async run(context) {
    const {
      input: { relationId, summary, expectedSummary },
      actor,
      tx,
    } = context;
    const rows = await tx.$queryRaw<{ summary: string }[]>`
      SELECT summary FROM relation WHERE id = ${relationId}::uuid FOR UPDATE`;
    const relation = rows[0];
    if (!relation) throw new AppError("NOT_FOUND", "Relation was not found");
    if (relation.summary !== expectedSummary.trim()) {
      throw new AppError("CONFLICT", "Someone changed this summary since you loaded it", {
        currentSummary: relation.summary,
      });
    }
    if (relation.summary === summary) return { relationId, changed: false };
    await tx.relation.update({ where: { id: relationId }, data: { summary } });
    await tx.revalidationOutbox.create({ data: { relationId } });
    await writeAuditEvent(tx, {
      actor,
      relationId,
      event: { type: "relation.summary_changed", payload: { before: relation.summary, after: summary } },
    });
    revalidateAfterCommit(context);
    return { relationId, changed: true };
  },
});
