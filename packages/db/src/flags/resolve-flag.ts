import { ZUuid } from "@dyad/core/schemas/fact";
import { writeAuditEvent } from "../audit/write-audit-event";
import { notFound } from "../errors";
import { defineOperation } from "../lib/define-operation";

/** Mark a data-quality flag as dealt with. Flags are never deleted; who resolved it is kept. */
export const resolveFlag = defineOperation({
  minRole: "EDITOR",
  input: { flagId: ZUuid },
  async run({ input: { flagId }, actor, tx }) {
    const flag = await tx.factFlag.findUnique({
      where: { id: flagId },
      select: { id: true, rule: true, factId: true, resolvedAt: true, fact: { select: { relationId: true } } },
    });
    if (!flag) throw notFound("Flag");
    if (flag.resolvedAt) return { flagId, changed: false };
    // Only the first of two concurrent resolutions writes (and audits).
    const { count } = await tx.factFlag.updateMany({
      where: { id: flagId, resolvedAt: null },
      data: { resolvedAt: new Date(), resolvedById: actor.id },
    });
    if (count === 0) return { flagId, changed: false };
    await writeAuditEvent(tx, {
      actor,
      factId: flag.factId,
      relationId: flag.fact.relationId,
      event: { type: "flag.resolved", payload: { flagId, rule: flag.rule } },
    });
    return { flagId, changed: true };
  },
});
