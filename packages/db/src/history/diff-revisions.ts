import { diffWords } from "diff";
import microdiff from "microdiff";
import type { Actor } from "../actor";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { revisionSelect, toRevisionView } from "../facts/fact-view";
import { assertRole } from "../permissions";
import { ZUuid } from "../schemas/fact";

export interface FieldChange {
  /** Where, e.g. ["data", "amount", "value"] or ["sources", "<title>", "locator"]. */
  path: (string | number)[];
  type: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
  /** For changed text: the words removed and added, in order. */
  words?: { value: string; added?: boolean; removed?: boolean }[];
}

/** The content two revisions are compared on: a RevisionView, or an API fact record. */
export interface ComparableContent {
  statement: string;
  section: string;
  validTime: { start: string | null; end: string | null };
  data: unknown;
  sources: {
    id: string;
    title: string;
    url: string | null;
    publisher: string | null;
    kind: string;
    locator: string | null;
  }[];
}

/** A revision as a tree to diff: sources keyed by their title (and id when titles repeat). */
function comparable(view: ComparableContent) {
  const sources: Record<string, unknown> = {};
  for (const s of view.sources) {
    const key = sources[s.title] === undefined ? s.title : `${s.title} (${s.id.slice(0, 8)})`;
    sources[key] = { url: s.url, publisher: s.publisher, kind: s.kind, locator: s.locator };
  }
  return {
    statement: view.statement,
    section: view.section,
    validTime: view.validTime,
    data: view.data,
    sources,
  };
}

/** A structured, field-by-field diff between two revisions' content (microdiff, words for text). */
export function diffRevisionViews(from: ComparableContent, to: ComparableContent): FieldChange[] {
  return microdiff(comparable(from), comparable(to)).map((d) => {
    if (d.type === "CREATE") return { path: d.path, type: "added", after: d.value };
    if (d.type === "REMOVE") return { path: d.path, type: "removed", before: d.oldValue };
    const change: FieldChange = { path: d.path, type: "changed", before: d.oldValue, after: d.value };
    if (typeof d.oldValue === "string" && typeof d.value === "string") {
      change.words = diffWords(d.oldValue, d.value).map(({ value, added, removed }) => ({ value, added, removed }));
    }
    return change;
  });
}

/** Compare any two revisions of one fact, in either order. */
export async function diffRevisions(options: {
  factId: string;
  fromRevisionId: string;
  toRevisionId: string;
  actor: Actor;
}) {
  assertRole(options.actor, "EDITOR");
  const factId = parseInput(ZUuid, options.factId);
  const ids = [parseInput(ZUuid, options.fromRevisionId), parseInput(ZUuid, options.toRevisionId)];
  const rows = await getDb().factRevision.findMany({ where: { id: { in: ids }, factId }, select: revisionSelect });
  const from = rows.find((r) => r.id === ids[0]);
  const to = rows.find((r) => r.id === ids[1]);
  if (!from || !to) throw new AppError("NOT_FOUND", "Those revisions are not both revisions of this fact");
  const fromView = toRevisionView(from);
  const toView = toRevisionView(to);
  return { from: fromView, to: toView, changes: diffRevisionViews(fromView, toView) };
}
