import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { defineOperation } from "../lib/define-operation";
import { escapeLike } from "../lib/escape-like";
import { type CHANGE_SET_LIST_SORTS, ZChangeSetListQuery } from "../schemas/lists";
import { paged } from "./paged";

type Sort = (typeof CHANGE_SET_LIST_SORTS)[number];
const ORDER: Record<Sort, (dir: Prisma.SortOrder) => Prisma.ChangeSetOrderByWithRelationInput[]> = {
  changed: (dir) => [{ updatedAt: dir }, { id: dir }],
  created: (dir) => [{ createdAt: dir }, { id: dir }],
  title: (dir) => [{ title: dir }, { id: dir }],
};

/**
 * The change-sets list (and, filtered to "submitted", the change-set review queue): by state,
 * by a relation one of its changes touches, by author (name contains) and last change, sorted
 * and a page at a time, in one query plus its count.
 */
export const listChangeSetPage = defineOperation({
  minRole: "EDITOR",
  input: ZChangeSetListQuery,
  transaction: false,
  async run({ input: q, tx: db }) {
    const relation = q.relation
      ? await db.relation.findUnique({ where: { slug: q.relation }, select: { id: true } })
      : undefined;
    if (relation === null) throw new AppError("INVALID", `relation: there is no relation “${q.relation}”`);
    const where: Prisma.ChangeSetWhereInput = {
      state: q.state,
      items: relation ? { some: { relationId: relation.id } } : undefined,
      authorName: q.author ? { contains: escapeLike(q.author), mode: "insensitive" } : undefined,
      updatedAt: q.changedSince ? { gte: q.changedSince } : undefined,
    };
    const [rows, total] = await Promise.all([
      db.changeSet.findMany({
        where,
        orderBy: ORDER[q.sort](q.order),
        skip: (q.page - 1) * q.pageSize,
        take: q.pageSize,
        include: { _count: { select: { items: true } } },
      }),
      db.changeSet.count({ where }),
    ]);
    const sets = rows.map(({ _count, ...set }) => ({ ...set, changes: _count.items }));
    return { query: q, ...paged(sets, total, q.page, q.pageSize) };
  },
});
