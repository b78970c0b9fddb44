import { ZUuid } from "@dyad/core/schemas/fact";
import { notFound } from "../errors";
import { defineOperation } from "../lib/define-operation";
import { diffRevisionViews, diffText } from "../read-model/diff";
import { revisionSelect, toRevisionView } from "../read-model/revision-view";
import { PENDING_STATES } from "./lock-change-set";

/**
 * A change-set as its review page shows it: for each fact, what the public sees now (or, once
 * published, what it replaced), the proposal, the structured diff between them (diffRevisionViews),
 * whether it is new or withdrawn, its change note, open flags and citations, the other open
 * change-sets proposing a change to the same fact, and whether the fact moved since (to merge);
 * for each summary, before and after word by word; the review history.
 */
export const getChangeSet = defineOperation({
  minRole: "EDITOR",
  input: { changeSetId: ZUuid },
  transaction: false,
  async run({ input: { changeSetId: id }, tx: db }) {
    const set = await db.changeSet.findUnique({
      where: { id },
      include: { items: { orderBy: { updatedAt: "asc" } }, reviews: { orderBy: { id: "asc" } } },
    });
    if (!set) throw notFound("Change-set");
    const done = set.state === "PUBLISHED" || set.state === "REVERTED";
    const factIds = set.items.flatMap((i) => (i.factId ? [i.factId] : []));
    const facts = await db.fact.findMany({
      where: { id: { in: factIds } },
      select: {
        id: true,
        currentRevisionId: true,
        publishedRevisionId: true,
        relation: { select: { slug: true } },
        flags: { where: { resolvedAt: null }, select: { id: true, rule: true, message: true, excerpt: true } },
      },
    });
    const factOf = new Map(facts.map((f) => [f.id, f]));
    const publicId = (item: (typeof set.items)[number]) =>
      done ? item.replacedRevisionId : (factOf.get(item.factId ?? "")?.publishedRevisionId ?? null);
    const revisionIds = set.items.flatMap((i) => [i.revisionId, publicId(i)].filter((r): r is string => r !== null));
    const revisions = await db.factRevision.findMany({ where: { id: { in: revisionIds } }, select: revisionSelect });
    const view = (rid: string | null) => {
      const row = rid ? revisions.find((r) => r.id === rid) : undefined;
      return row ? toRevisionView(row) : null;
    };
    const competing = await db.changeSetItem.findMany({
      where: { factId: { in: factIds }, changeSetId: { not: id }, changeSet: { state: { in: PENDING_STATES } } },
      select: { factId: true, changeSet: { select: { id: true, title: true } } },
    });
    const relations = await db.relation.findMany({
      where: { id: { in: set.items.map((i) => i.relationId) } },
      select: { id: true, slug: true, summary: true },
    });

    const items = set.items.map((item) => {
      const reviews = set.reviews.filter((r) => r.itemId === item.id);
      const base = { id: item.id, action: item.action, note: item.note, reviewState: item.reviewState, reviews };
      const editedBy = item.editedByName;
      if (!item.factId) {
        const relation = relations.find((r) => r.id === item.relationId);
        const before = item.summaryBefore ?? "";
        const after = item.summaryAfter ?? "";
        return {
          ...base,
          editedBy,
          kind: "summary" as const,
          relationSlug: relation?.slug ?? "",
          before,
          after,
          words: diffText(before, after),
          stale: !done && relation?.summary !== before,
        };
      }
      const fact = factOf.get(item.factId);
      const proposed = view(item.revisionId);
      const current = view(publicId(item));
      return {
        ...base,
        editedBy,
        kind: "fact" as const,
        factId: item.factId,
        relationSlug: fact?.relation.slug ?? "",
        status: item.action === "WITHDRAW" ? ("withdrawn" as const) : current ? ("changed" as const) : ("new" as const),
        current,
        proposed,
        changes: current && proposed ? diffRevisionViews(current, proposed) : [],
        flags: fact?.flags ?? [],
        competing: competing.filter((c) => c.factId === item.factId).map((c) => c.changeSet),
        stale: !done && fact?.currentRevisionId !== item.baseRevisionId,
      };
    });
    return { ...set, items, reviews: set.reviews.filter((r) => r.itemId === null) };
  },
});
export type ChangeSetView = Awaited<ReturnType<typeof getChangeSet>>;
