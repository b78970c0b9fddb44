import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import { lockFact } from "../facts/lock-fact";
import { defineOperation } from "../lib/define-operation";

export const ZRejectReason = z
  .string()
  .trim()
  .min(1, "Say what the editor should change")
  .max(2000)
  .describe("Why the draft was rejected, shown to its editors");

/** Send a submitted draft back to its editors with a reason. The draft itself is kept. */
export const rejectFact = defineOperation({
  minRole: "REVIEWER",
  input: { factId: ZUuid, expectedRevisionId: ZUuid, reason: ZRejectReason },
  async run({ input: { factId, expectedRevisionId, reason }, actor, tx }) {
    const fact = await lockFact(tx, factId, expectedRevisionId);
    const { reviewState } = await tx.fact.findUniqueOrThrow({ where: { id: factId }, select: { reviewState: true } });
    if (reviewState !== "SUBMITTED") throw new AppError("CONFLICT", "Only a submitted draft can be rejected");
    await tx.fact.update({ where: { id: factId }, data: { reviewState: "REJECTED", reviewNote: reason } });
    await writeAuditEvent(tx, {
      actor,
      factId,
      relationId: fact.relationId,
      event: { type: "fact.rejected", payload: { revisionId: expectedRevisionId, reason } },
    });
    return { factId };
  },
});
