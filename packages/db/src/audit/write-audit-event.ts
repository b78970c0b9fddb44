import type { Actor } from "../actor";
import { Prisma } from "../generated/prisma/client";
import type { TAuditEvent } from "../schemas/audit";
import { type AnyTx, execute, onPrisma } from "../tx";

/** Append an audit event inside the caller's transaction, so it commits or fails with the change. */
export async function writeAuditEvent(
  tx: AnyTx,
  options: { actor: Actor; event: TAuditEvent; factId?: string; relationId?: string },
): Promise<void> {
  const { actor, event } = options;
  if (onPrisma(tx)) {
    await tx.auditEvent.create({
      data: {
        type: event.type,
        payload: event.payload,
        actorId: actor.id,
        actorName: actor.name,
        factId: options.factId,
        relationId: options.relationId,
      },
    });
    return;
  }
  await execute(
    tx,
    Prisma.sql`INSERT INTO audit_event (type, payload, actor_id, actor_name, fact_id, relation_id)
               VALUES (${event.type}, ${JSON.stringify(event.payload)}::jsonb, ${actor.id ?? null}::uuid,
                       ${actor.name}, ${options.factId ?? null}::uuid, ${options.relationId ?? null}::uuid)`,
  );
}
