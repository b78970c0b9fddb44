import { diffText, wordChange } from "../read-model/diff";
import type { RevisionView } from "../read-model/revision-view";
import { describeFact } from "./describe-fact";

type Source = RevisionView["sources"][number];

/**
 * What changed between two versions of a fact, for a reader: the statement word by word, the
 * described fields (describeFact) that differ, and citations added, removed or re-pointed.
 */
export function compareRevisions(before: RevisionView, after: RevisionView) {
  const statement = diffText(before.statement, after.statement).map((part) => ({
    value: part.value,
    change: wordChange(part),
  }));

  const was = new Map(describeFact(before).map((d) => [d.key, d]));
  const now = new Map(describeFact(after).map((d) => [d.key, d]));
  const keys = [...new Set([...was.keys(), ...now.keys()])];
  const fields = keys
    .filter((key) => was.get(key)?.value !== now.get(key)?.value)
    .map((key) => ({
      key,
      label: (now.get(key) ?? was.get(key))?.label ?? key,
      before: was.get(key)?.value ?? null,
      after: now.get(key)?.value ?? null,
    }));

  const beforeById = new Map(before.sources.map((s) => [s.id, s]));
  const afterById = new Map(after.sources.map((s) => [s.id, s]));
  const sources = {
    added: after.sources.filter((s) => !beforeById.has(s.id)),
    removed: before.sources.filter((s) => !afterById.has(s.id)),
    relocated: after.sources.flatMap((s): { source: Source; before: string | null }[] => {
      const old = beforeById.get(s.id);
      return old && old.locator !== s.locator ? [{ source: s, before: old.locator }] : [];
    }),
  };

  return {
    statement,
    statementChanged: before.statement !== after.statement,
    fields,
    sources,
    unchanged:
      before.statement === after.statement &&
      fields.length === 0 &&
      sources.added.length + sources.removed.length + sources.relocated.length === 0,
  };
}
export type RevisionComparison = ReturnType<typeof compareRevisions>;
