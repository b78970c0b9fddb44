import { z } from "zod";
import type { Actor } from "../actor";
import { getDb } from "../client";
import { parseInput } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { escapeLike } from "../lib/escape-like";
import { assertRole } from "../permissions";

export async function listAuditEvents(options: { factId?: string; actorId?: string; type?: string; limit?: number }) {
  return getDb().auditEvent.findMany({
    where: { factId: options.factId, actorId: options.actorId, type: options.type },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: Math.min(options.limit ?? 100, 500),
  });
}

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

export const ZAuditLogFilter = z.strictObject({
  /** An event type ("fact.published") or a family ending in a dot ("user."). */
  type: optional(z.string().trim().max(100)),
  actorId: optional(z.guid()),
  /** Part of the actor's name, any case (authors are stored by name as well as id). */
  actorName: optional(z.string().trim().max(200)),
  factId: optional(z.guid()),
  relationId: optional(z.guid()),
  from: optional(z.coerce.date()),
  to: optional(z.coerce.date()),
  /** Keyset pagination: events older than this id. */
  before: optional(z.coerce.bigint().positive()),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TAuditLogFilter = z.input<typeof ZAuditLogFilter>;

/** The audit log for admins: who did what, filterable, newest first, a page at a time. */
export async function listAuditLog(options: TAuditLogFilter & { actor: Actor }) {
  assertRole(options.actor, "ADMIN");
  const { actor, ...rest } = options;
  const f = parseInput(ZAuditLogFilter, rest);
  const where: Prisma.AuditEventWhereInput = {
    type: f.type?.endsWith(".") ? { startsWith: escapeLike(f.type) } : f.type,
    actorId: f.actorId,
    actorName: f.actorName ? { contains: escapeLike(f.actorName), mode: "insensitive" } : undefined,
    factId: f.factId,
    relationId: f.relationId,
    at: f.from || f.to ? { gte: f.from, lte: f.to } : undefined,
    id: f.before ? { lt: f.before } : undefined,
  };
  const rows = await getDb().auditEvent.findMany({
    where,
    orderBy: { id: "desc" },
    take: f.limit + 1,
  });
  const page = rows.slice(0, f.limit);
  return {
    events: page.map((e) => ({
      id: e.id.toString(),
      type: e.type,
      at: e.at.toISOString(),
      actorId: e.actorId,
      actorName: e.actorName,
      factId: e.factId,
      relationId: e.relationId,
      payload: e.payload as Record<string, unknown>,
    })),
    nextBefore: rows.length > f.limit ? page[page.length - 1]?.id.toString() : null,
  };
}
