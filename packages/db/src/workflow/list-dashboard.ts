import { z } from "zod";
import { openBlockingFlag } from "../flags/publication-gate";
import type { Prisma } from "../generated/prisma/client";
import { defineOperation } from "../lib/define-operation";

const ZLimit = z.number().int().optional();

const factSummarySelect = {
  id: true,
  kind: true,
  reviewState: true,
  reviewNote: true,
  updatedAt: true,
  relation: { select: { slug: true } },
  currentRevision: { select: { id: true, number: true, statement: true, authorName: true, createdAt: true } },
} as const;

type FactSummaryRow = {
  id: string;
  kind: string;
  reviewState: string;
  reviewNote: string | null;
  updatedAt: Date;
  relation: { slug: string };
  currentRevision: { id: string; number: number; statement: string; authorName: string; createdAt: Date } | null;
};

function toSummary(f: FactSummaryRow) {
  return {
    id: f.id,
    kind: f.kind,
    reviewState: f.reviewState,
    reviewNote: f.reviewNote,
    relationSlug: f.relation.slug,
    statement: f.currentRevision?.statement ?? "",
    revisionNumber: f.currentRevision?.number ?? 0,
    revisionId: f.currentRevision?.id ?? null,
    lastAuthor: f.currentRevision?.authorName ?? "",
    updatedAt: f.updatedAt.toISOString(),
  };
}
export type FactSummary = ReturnType<typeof toSummary>;

/** Unpublished drafts whose latest revision the actor wrote, most recently touched first. */
export const listMyDrafts = defineOperation({
  minRole: "EDITOR",
  input: { limit: ZLimit },
  transaction: false,
  async run({ input: options, actor, tx }) {
    if (!actor.id) return [];
    const facts = await tx.fact.findMany({
      where: {
        deletedAt: null,
        reviewState: { in: ["DRAFT", "REJECTED", "SUBMITTED"] },
        currentRevision: { authorId: actor.id },
      },
      orderBy: { updatedAt: "desc" },
      take: Math.min(options.limit ?? 50, 200),
      select: factSummarySelect,
    });
    return facts.map(toSummary);
  },
});

/**
 * Drafts waiting for a reviewer, oldest first so nothing waits forever: first the drafts someone
 * submitted, then unpublished drafts held by a flag that says they are wrong (imports leave those
 * here, whoever ran them: flags/publication-gate.ts), so a large import's held facts never push a
 * person's request out of the list.
 */
export const listReviewQueue = defineOperation({
  minRole: "EDITOR",
  input: { limit: ZLimit },
  transaction: false,
  async run({ input: options, tx }) {
    const take = Math.min(options.limit ?? 50, 200);
    const page = (where: Prisma.FactWhereInput, count: number) =>
      tx.fact.findMany({
        where: { deletedAt: null, ...where },
        orderBy: { updatedAt: "asc" },
        take: count,
        select: factSummarySelect,
      });
    const submitted = await page({ reviewState: "SUBMITTED" }, take);
    const held =
      submitted.length < take
        ? await page(
            { reviewState: { in: ["DRAFT", "REJECTED"] }, flags: { some: openBlockingFlag } },
            take - submitted.length,
          )
        : [];
    return [...submitted, ...held].map(toSummary);
  },
});

/** The latest changes to facts and relations (the full audit log is for admins). */
export const listRecentChanges = defineOperation({
  minRole: "EDITOR",
  input: { limit: ZLimit },
  transaction: false,
  async run({ input: options, tx: db }) {
    const events = await db.auditEvent.findMany({
      where: { OR: [{ type: { startsWith: "fact." } }, { type: { startsWith: "relation." } }] },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: Math.min(options.limit ?? 20, 100),
      select: { id: true, type: true, at: true, actorName: true, factId: true, relationId: true },
    });
    const factIds = [...new Set(events.flatMap((e) => (e.factId ? [e.factId] : [])))];
    const relationIds = [...new Set(events.flatMap((e) => (e.relationId ? [e.relationId] : [])))];
    const [facts, relations] = await Promise.all([
      db.fact.findMany({
        where: { id: { in: factIds } },
        select: { id: true, deletedAt: true, currentRevision: { select: { statement: true } } },
      }),
      db.relation.findMany({ where: { id: { in: relationIds } }, select: { id: true, slug: true } }),
    ]);
    return events.map((e) => {
      const fact = facts.find((f) => f.id === e.factId);
      return {
        id: e.id.toString(),
        type: e.type,
        at: e.at.toISOString(),
        actorName: e.actorName,
        factId: e.factId,
        factDeleted: !!fact?.deletedAt,
        statement: fact?.currentRevision?.statement ?? null,
        relationSlug: relations.find((r) => r.id === e.relationId)?.slug ?? null,
      };
    });
  },
});
