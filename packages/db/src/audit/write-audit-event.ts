import type { Actor } from "../actor";
import type { TAuditEvent } from "../schemas/audit";
import type { Tx } from "../tx";

/** Append an audit event inside the caller's transaction, so it commits or fails with the change. */
export async function writeAuditEvent(
  tx: Tx,
  options: { actor: Actor; event: TAuditEvent; factId?: string; relationId?: string },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      type: options.event.type,
      payload: options.event.payload,
      actorId: options.actor.id,
      actorName: options.actor.name,
      factId: options.factId,
      relationId: options.relationId,
    },
  });
}
