import {
  type Actor,
  getFact,
  listFactRevisions,
  type MergeField,
  parseInput,
  planMerge,
  toContentInput,
  ZWorkingDraftContent,
} from "@dyad/db";

export interface ConflictInfo {
  fields: MergeField[];
  theirs: {
    revisionId: string;
    number: number;
    authorName: string;
    createdAt: string;
    note: string;
    content: ReturnType<typeof toContentInput>;
  };
  /** Titles of cited sources by id, so citations by id can be shown by name. */
  sourceTitles: Record<string, string>;
}

/**
 * What the conflict view needs when a save was based on an old revision: the revision saved in
 * the meantime ("theirs") and a field-by-field three-way plan against the editor's base.
 */
export async function loadConflict(options: {
  factId: string;
  baseRevisionId: string;
  mine: unknown;
  actor: Actor;
}): Promise<ConflictInfo> {
  const [fact, revisions] = await Promise.all([
    getFact({ factId: options.factId }),
    listFactRevisions({ factId: options.factId }),
  ]);
  const theirs = fact.draft;
  const base = revisions.find((r) => r.revisionId === options.baseRevisionId);
  if (!theirs || !base) throw new Error("conflict without revisions");
  const sourceTitles: Record<string, string> = {};
  for (const r of [base, theirs]) for (const s of r.sources) sourceTitles[s.id] = s.title;
  const theirsContent = toContentInput(theirs);
  // The content the form sent: its own shape, as autosave keeps it.
  const mine = parseInput(ZWorkingDraftContent, options.mine);
  return {
    fields: planMerge(toContentInput(base), mine, theirsContent),
    theirs: {
      revisionId: theirs.revisionId,
      number: theirs.number,
      authorName: theirs.authorName,
      createdAt: theirs.createdAt,
      note: theirs.note,
      content: theirsContent,
    },
    sourceTitles,
  };
}
