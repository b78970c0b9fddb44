import { type ComparableContent, diffRevisionViews, type FieldChange } from "../read-model/diff";

interface Shown extends ComparableContent {
  factId: string;
  revisionId: string;
}

export interface FactSetChanges<T extends Shown> {
  /** Public at the end, not at the start. */
  added: T[];
  /** Public at both ends in different revisions, with the field-by-field diff (diffRevisionViews). */
  changed: { before: T; after: T; changes: FieldChange[] }[];
  /** Public at the start, not at the end (unpublished or deleted). */
  withdrawn: T[];
}

/**
 * What changed between two public states of a relation, given the facts public at each:
 * the relation's changes page (from two cached versions) and the API (two reads of the
 * publication log) both use this, so they cannot disagree. Lists keep the order of `after`
 * (and of `before` for withdrawals).
 */
export function compareFactSets<T extends Shown>(before: T[], after: T[]): FactSetChanges<T> {
  const was = new Map(before.map((f) => [f.factId, f]));
  const now = new Set(after.map((f) => f.factId));
  const changes: FactSetChanges<T> = { added: [], changed: [], withdrawn: [] };
  for (const fact of after) {
    const old = was.get(fact.factId);
    if (!old) changes.added.push(fact);
    else if (old.revisionId !== fact.revisionId)
      changes.changed.push({ before: old, after: fact, changes: diffRevisionViews(old, fact) });
  }
  changes.withdrawn = before.filter((f) => !now.has(f.factId));
  return changes;
}
