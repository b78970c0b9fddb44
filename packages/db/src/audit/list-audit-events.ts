import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { getDb } from "../client";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { defineOperation } from "../lib/define-operation";
import { escapeLike } from "../lib/escape-like";
import { filterText } from "../schemas/lists";
import { loadSubjects } from "./audit-subjects";

export async function listAuditEvents(options: { factId?: string; actorId?: string; type?: string; limit?: number }) {
  return getDb().auditEvent.findMany({
    where: { factId: options.factId, actorId: options.actorId, type: options.type },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: Math.min(options.limit ?? 100, 500),
  });
}

/** The largest id a PostgreSQL bigint column holds. */
const BIGINT_MAX = 9_223_372_036_854_775_807n;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

export const ZAuditLogFilter = z.strictObject({
  /** An event type ("fact.published") or a family ending in a dot ("user."). */
  type: optional(filterText(100)),
  actorId: optional(ZUuid),
  /** Part of the actor's name, any case (authors are stored by name as well as id). */
  actorName: optional(filterText(200)),
  /** Events by this account, or about it (role changes, unlocks: the payload's userId). */
  userId: optional(ZUuid),
  factId: optional(ZUuid),
  relationId: optional(ZUuid),
  /** A relation by its address ("canada-mexico"), as the editor's links give it. */
  relation: optional(filterText(200)),
  from: optional(z.coerce.date()),
  to: optional(z.coerce.date()),
  /** Keyset pagination: events older than this id. */
  before: optional(z.coerce.bigint().positive().max(BIGINT_MAX, "not an event id")),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TAuditLogFilter = z.input<typeof ZAuditLogFilter>;

/**
 * The audit log for admins: who did what, filterable, newest first, a page at a time. Each event
 * comes with what it is about in words (the fact's statement, the relation's name, the account
 * and change-set named in its payload), read for the whole page at once.
 */
export const listAuditLog = defineOperation({
  minRole: "ADMIN",
  input: ZAuditLogFilter,
  transaction: false,
  async run({ input: f, tx: db }) {
    const relation = f.relation
      ? await db.relation.findUnique({ where: { slug: f.relation }, select: { id: true } })
      : undefined;
    if (relation === null) throw new AppError("INVALID", `relation: there is no relation “${f.relation}”`);
    const where: Prisma.AuditEventWhereInput = {
      type: f.type?.endsWith(".") ? { startsWith: escapeLike(f.type) } : f.type,
      actorId: f.actorId,
      actorName: f.actorName ? { contains: escapeLike(f.actorName), mode: "insensitive" } : undefined,
      factId: f.factId,
      relationId: relation?.id ?? f.relationId,
      OR: f.userId ? [{ actorId: f.userId }, { payload: { path: ["userId"], equals: f.userId } }] : undefined,
      at: f.from || f.to ? { gte: f.from, lte: f.to } : undefined,
      id: f.before ? { lt: f.before } : undefined,
    };
    const rows = await db.auditEvent.findMany({
      where,
      orderBy: { id: "desc" },
      take: f.limit + 1,
    });
    const page = rows.slice(0, f.limit);
    const subjects = await loadSubjects(page);
    return {
      events: page.map((e) => {
        const payload = e.payload as Record<string, unknown>;
        return {
          id: e.id.toString(),
          type: e.type,
          at: e.at.toISOString(),
          actorId: e.actorId,
          actorName: e.actorName,
          factId: e.factId,
          relationId: e.relationId,
          payload,
          ...subjects.of(e, payload),
        };
      }),
      nextBefore: rows.length > f.limit ? page[page.length - 1]?.id.toString() : null,
    };
  },
});
