import type { Actor } from "../actor";
import { getDb } from "../client";
import { parseInput } from "../errors";
import type { ChangeSetState } from "../generated/prisma/client";
import { assertRole } from "../permissions";
import { ZUuid } from "../schemas/fact";
import { PENDING_STATES } from "./lock-change-set";

/** Change-sets, newest change first, with how many changes each holds; optionally those holding a fact. */
export async function listChangeSets(options: {
  actor: Actor;
  states?: ChangeSetState[];
  factId?: string;
  limit?: number;
}) {
  assertRole(options.actor, "EDITOR");
  const factId = options.factId === undefined ? undefined : parseInput(ZUuid, options.factId);
  const sets = await getDb().changeSet.findMany({
    where: {
      ...(options.states ? { state: { in: options.states } } : {}),
      ...(factId ? { items: { some: { factId } } } : {}),
    },
    orderBy: { updatedAt: "desc" },
    take: Math.min(options.limit ?? 100, 500),
    include: { _count: { select: { items: true } } },
  });
  return sets.map(({ _count, ...set }) => ({ ...set, changes: _count.items }));
}

/** The unpublished change-sets that hold a fact (shown on the fact's page). */
export const listPendingChangeSetsOfFact = (options: { actor: Actor; factId: string }) =>
  listChangeSets({ ...options, states: PENDING_STATES });
