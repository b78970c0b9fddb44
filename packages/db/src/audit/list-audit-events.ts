import { getDb } from "../client";

export async function listAuditEvents(options: { factId?: string; actorId?: string; type?: string; limit?: number }) {
  return getDb().auditEvent.findMany({
    where: { factId: options.factId, actorId: options.actorId, type: options.type },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: Math.min(options.limit ?? 100, 500),
  });
}
