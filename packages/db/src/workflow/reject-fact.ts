import { z } from "zod";
import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { lockFact } from "../facts/lock-fact";
import { assertRole } from "../permissions";
import { ZUuid } from "../schemas/fact";

export const ZRejectReason = z
  .string()
  .trim()
  .min(1, "Say what the editor should change")
  .max(2000)
  .describe("Why the draft was rejected, shown to its editors");

/** Send a submitted draft back to its editors with a reason. The draft itself is kept. */
export async function rejectFact(options: {
  factId: string;
  expectedRevisionId: string;
  reason: string;
  actor: Actor;
}) {
  assertRole(options.actor, "REVIEWER");
  const factId = parseInput(ZUuid, options.factId);
  const expectedRevisionId = parseInput(ZUuid, options.expectedRevisionId);
  const reason = parseInput(ZRejectReason, options.reason);
  return getDb().$transaction(async (tx) => {
    const fact = await lockFact(tx, factId, expectedRevisionId);
    const { reviewState } = await tx.fact.findUniqueOrThrow({ where: { id: factId }, select: { reviewState: true } });
    if (reviewState !== "SUBMITTED") throw new AppError("CONFLICT", "Only a submitted draft can be rejected");
    await tx.fact.update({ where: { id: factId }, data: { reviewState: "REJECTED", reviewNote: reason } });
    await writeAuditEvent(tx, {
      actor: options.actor,
      factId,
      relationId: fact.relationId,
      event: { type: "fact.rejected", payload: { revisionId: expectedRevisionId, reason } },
    });
    return { factId };
  });
}
