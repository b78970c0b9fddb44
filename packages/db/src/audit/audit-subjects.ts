import { ZUuid } from "@dyad/core/schemas/fact";
import { getDb } from "../client";
import { countryName } from "../public/labels";
import { relationName } from "../read-model/relation-countries";

type Event = { factId: string | null; relationId: string | null; payload: unknown };

const idIn = (payload: unknown, key: string): string | null => {
  const value = (payload as Record<string, unknown> | null)?.[key];
  return typeof value === "string" && ZUuid.safeParse(value).success ? value : null;
};

/**
 * What a page of audit events is about, in words: facts by their latest statement, relations by
 * name, and the account and change-set a payload names by id. Four queries for the whole page,
 * whatever its length; a subject deleted since keeps its id and says so.
 */
export async function loadSubjects(events: Event[]) {
  const ids = (pick: (e: Event) => string | null) => [...new Set(events.flatMap((e) => pick(e) ?? []))];
  const db = getDb();
  const [facts, relations, users, sets] = await Promise.all([
    db.fact.findMany({
      where: { id: { in: ids((e) => e.factId) } },
      select: { id: true, deletedAt: true, relationId: true, currentRevision: { select: { statement: true } } },
    }),
    db.relation.findMany({
      where: { id: { in: ids((e) => e.relationId) } },
      select: { id: true, slug: true, countryAId: true, countryBId: true },
    }),
    db.user.findMany({
      where: { id: { in: ids((e) => idIn(e.payload, "userId")) } },
      select: { id: true, name: true },
    }),
    db.changeSet.findMany({
      where: { id: { in: ids((e) => idIn(e.payload, "changeSetId")) } },
      select: { id: true, title: true },
    }),
  ]);
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const [factMap, relationMap, userMap, setMap] = [byId(facts), byId(relations), byId(users), byId(sets)];
  return {
    of(e: Event, payload: Record<string, unknown>) {
      const fact = e.factId ? factMap.get(e.factId) : undefined;
      const relation = e.relationId ? relationMap.get(e.relationId) : undefined;
      const userId = idIn(payload, "userId");
      const changeSetId = idIn(payload, "changeSetId");
      return {
        fact: e.factId
          ? {
              id: e.factId,
              title: fact?.currentRevision?.statement ?? null,
              deleted: !fact || fact.deletedAt !== null,
            }
          : null,
        relation: relation
          ? {
              slug: relation.slug,
              name: relationName(countryName(relation.countryAId), countryName(relation.countryBId)),
            }
          : null,
        user: userId ? { id: userId, name: userMap.get(userId)?.name ?? null } : null,
        changeSet: changeSetId ? { id: changeSetId, title: setMap.get(changeSetId)?.title ?? null } : null,
      };
    },
  };
}
