import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import type { Actor } from "../actor";
import { ChangeSetState } from "../generated/prisma/enums";
import { defineOperation } from "../lib/define-operation";
import { PENDING_STATES } from "./lock-change-set";

/** Change-sets, newest change first, with how many changes each holds; optionally those holding a fact. */
export const listChangeSets = defineOperation({
  minRole: "EDITOR",
  input: {
    states: z.array(z.enum(ChangeSetState)).optional(),
    factId: ZUuid.optional(),
    limit: z.number().int().optional(),
  },
  transaction: false,
  async run({ input: { states, factId, limit }, tx }) {
    const sets = await tx.changeSet.findMany({
      where: {
        ...(states ? { state: { in: states } } : {}),
        ...(factId ? { items: { some: { factId } } } : {}),
      },
      orderBy: { updatedAt: "desc" },
      take: Math.min(limit ?? 100, 500),
      include: { _count: { select: { items: true } } },
    });
    return sets.map(({ _count, ...set }) => ({ ...set, changes: _count.items }));
  },
});

/** The unpublished change-sets that hold a fact (shown on the fact's page). */
export const listPendingChangeSetsOfFact = (options: { actor: Actor; factId: string }) =>
  listChangeSets({ ...options, states: PENDING_STATES });
