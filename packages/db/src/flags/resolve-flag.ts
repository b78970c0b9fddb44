import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { assertRole } from "../permissions";
import { ZUuid } from "../schemas/fact";

/** Mark a data-quality flag as dealt with. Flags are never deleted; who resolved it is kept. */
export async function resolveFlag(options: { flagId: string; actor: Actor }) {
  assertRole(options.actor, "EDITOR");
  const flagId = parseInput(ZUuid, options.flagId);
  return getDb().$transaction(async (tx) => {
    const flag = await tx.factFlag.findUnique({
      where: { id: flagId },
      select: { id: true, rule: true, factId: true, resolvedAt: true, fact: { select: { relationId: true } } },
    });
    if (!flag) throw notFound("Flag");
    if (flag.resolvedAt) return { flagId, changed: false };
    // Only the first of two concurrent resolutions writes (and audits).
    const { count } = await tx.factFlag.updateMany({
      where: { id: flagId, resolvedAt: null },
      data: { resolvedAt: new Date(), resolvedById: options.actor.id },
    });
    if (count === 0) return { flagId, changed: false };
    await writeAuditEvent(tx, {
      actor: options.actor,
      factId: flag.factId,
      relationId: flag.fact.relationId,
      event: { type: "flag.resolved", payload: { flagId, rule: flag.rule } },
    });
    return { flagId, changed: true };
  });
}
