import type { Prisma } from "../generated/prisma/client";
import type { TFactContentInput, TSection } from "../schemas/fact";
import type { FactKind } from "../schemas/fact-data";
import { fromStoredValidTime } from "../schemas/partial-date";

/** What every read of a revision selects: the snapshot and its citations in order. */
export const revisionSelect = {
  id: true,
  factId: true,
  number: true,
  parentId: true,
  kind: true,
  section: true,
  data: true,
  statement: true,
  validFrom: true,
  validFromPrecision: true,
  validTo: true,
  validToPrecision: true,
  authorName: true,
  note: true,
  contentHash: true,
  createdAt: true,
  sources: {
    orderBy: { position: "asc" },
    select: {
      locator: true,
      source: {
        select: { id: true, url: true, title: true, publisher: true, kind: true, publishedOn: true, accessedOn: true },
      },
    },
  },
} satisfies Prisma.FactRevisionSelect;

type SelectedRevision = Prisma.FactRevisionGetPayload<{ select: typeof revisionSelect }>;

/** A revision as the apps and the API show it: plain JSON (dates as ISO strings), so it caches as is. */
export function toRevisionView(r: SelectedRevision) {
  return {
    factId: r.factId,
    revisionId: r.id,
    number: r.number,
    parentId: r.parentId,
    kind: r.kind as FactKind,
    section: r.section as TSection,
    data: r.data as Record<string, unknown>,
    statement: r.statement,
    validTime: fromStoredValidTime(r),
    sources: r.sources.map(({ source, locator }) => ({
      ...source,
      publishedOn: isoDay(source.publishedOn),
      accessedOn: isoDay(source.accessedOn),
      locator,
    })),
    authorName: r.authorName,
    note: r.note,
    contentHash: r.contentHash,
    createdAt: r.createdAt.toISOString(),
  };
}
export type RevisionView = ReturnType<typeof toRevisionView>;

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** A revision's content in the shape reviseFact takes: the start of an edit or a restore. */
export function toContentInput(view: RevisionView): TFactContentInput {
  return {
    kind: view.kind,
    section: view.section,
    data: view.data,
    statement: view.statement,
    validTime: view.validTime,
    sources: view.sources.map((s) => (s.locator ? { sourceId: s.id, locator: s.locator } : { sourceId: s.id })),
  } as TFactContentInput;
}
