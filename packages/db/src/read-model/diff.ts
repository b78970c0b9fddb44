import { diffWords } from "diff";
import microdiff from "microdiff";

/**
 * The one diff core: what every comparison of two revisions is built on (the editor's history,
 * change sets, the site's compare page, the relation changes page and feed, the API's diff).
 * Each consumer only renames the parts for its own shape.
 */

/** A run of words in a text diff: kept, or added or removed (jsdiff's shape). */
export interface WordChange {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** Two texts word by word (jsdiff), in order. */
export function diffText(before: string, after: string): WordChange[] {
  return diffWords(before, after).map(({ value, added, removed }) => ({ value, added, removed }));
}

/** What a run of a text diff did. */
export const wordChange = (w: WordChange) =>
  (w.added ? "added" : w.removed ? "removed" : "same") as "added" | "removed" | "same";

export interface FieldChange {
  /** Where, e.g. ["data", "amount", "value"] or ["sources", "<title>", "locator"]. */
  path: (string | number)[];
  type: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
  /** For changed text: the words removed and added, in order. */
  words?: WordChange[];
}

/** Two JSON trees field by field (microdiff), changed text also word by word. */
export function diffFields(before: object, after: object): FieldChange[] {
  return microdiff(before as Record<string, unknown>, after as Record<string, unknown>).map((d) => {
    if (d.type === "CREATE") return { path: d.path, type: "added", after: d.value };
    if (d.type === "REMOVE") return { path: d.path, type: "removed", before: d.oldValue };
    const change: FieldChange = { path: d.path, type: "changed", before: d.oldValue, after: d.value };
    if (typeof d.oldValue === "string" && typeof d.value === "string") change.words = diffText(d.oldValue, d.value);
    return change;
  });
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

/** Two revisions' content field by field, citations matched by source (see `comparable`). */
export function diffRevisionViews(from: ComparableContent, to: ComparableContent): FieldChange[] {
  return diffFields(comparable(from), comparable(to));
}
