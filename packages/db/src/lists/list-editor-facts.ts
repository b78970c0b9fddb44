import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { defineOperation } from "../lib/define-operation";
import { escapeLike } from "../lib/escape-like";
import { type FACT_LIST_SORTS, ZFactListQuery } from "../schemas/lists";
import { paged } from "./paged";

type Sort = (typeof FACT_LIST_SORTS)[number];
const ORDER: Record<Sort, (dir: Prisma.SortOrder) => Prisma.FactOrderByWithRelationInput[]> = {
  changed: (dir) => [{ updatedAt: dir }, { id: dir }],
  created: (dir) => [{ createdAt: dir }, { id: dir }],
  relation: (dir) => [{ relation: { slug: dir } }, { updatedAt: "desc" }, { id: "desc" }],
  kind: (dir) => [{ kind: dir }, { updatedAt: "desc" }, { id: "desc" }],
};

/**
 * The editor's fact list: filtered by relation (slug), kind, review state, open flags, the
 * author of the latest revision (name contains) and last change, sorted and a page at a time,
 * all in one query plus its count. A relation that does not exist is INVALID, so a mistyped
 * address is told, not answered with an empty list.
 */
export const listEditorFacts = defineOperation({
  minRole: "EDITOR",
  input: ZFactListQuery,
  transaction: false,
  async run({ input: q, tx: db }) {
    if (q.relation && !(await db.relation.findUnique({ where: { slug: q.relation }, select: { id: true } }))) {
      throw new AppError("INVALID", `relation: there is no relation “${q.relation}”`);
    }
    const openFlag = { resolvedAt: null };
    const where: Prisma.FactWhereInput = {
      deletedAt: null,
      relation: q.relation ? { slug: q.relation } : undefined,
      kind: q.kind,
      reviewState: q.state,
      flags: q.flagged === "yes" ? { some: openFlag } : q.flagged === "no" ? { none: openFlag } : undefined,
      currentRevision: q.author ? { authorName: { contains: escapeLike(q.author), mode: "insensitive" } } : undefined,
      updatedAt: q.changedSince ? { gte: q.changedSince } : undefined,
    };
    const [rows, total] = await Promise.all([
      db.fact.findMany({
        where,
        orderBy: ORDER[q.sort](q.order),
        skip: (q.page - 1) * q.pageSize,
        take: q.pageSize,
        select: {
          id: true,
          kind: true,
          reviewState: true,
          updatedAt: true,
          publishedRevisionId: true,
          relation: { select: { slug: true } },
          currentRevision: { select: { id: true, number: true, statement: true, authorName: true } },
          _count: { select: { flags: { where: openFlag } } },
        },
      }),
      db.fact.count({ where }),
    ]);
    const facts = rows.map((f) => ({
      id: f.id,
      kind: f.kind,
      reviewState: f.reviewState,
      relationSlug: f.relation.slug,
      statement: f.currentRevision?.statement ?? "",
      revisionId: f.currentRevision?.id ?? null,
      revisionNumber: f.currentRevision?.number ?? 0,
      lastAuthor: f.currentRevision?.authorName ?? "",
      isPublic: f.publishedRevisionId !== null,
      openFlags: f._count.flags,
      updatedAt: f.updatedAt.toISOString(),
    }));
    return { query: q, ...paged(facts, total, q.page, q.pageSize) };
  },
});
export type EditorFactRow = Awaited<ReturnType<typeof listEditorFacts>>["rows"][number];
