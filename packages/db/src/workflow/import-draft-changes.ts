import type { ProposedFact } from "@dyad/importer";
import { getDb } from "../client";
import { diffFields, type FieldChange } from "../read-model/diff";
import { revisionSelect, toRevisionView } from "../read-model/revision-view";

/** What the editor compares: the words, the section, the dates and the fields (sources come from the article). */
const compared = (c: { statement: string; section: string; validTime?: unknown; data: unknown }) => {
  const time = (c.validTime ?? {}) as { start?: string | null; end?: string | null };
  return {
    statement: c.statement,
    section: c.section,
    validTime: { start: time.start ?? null, end: time.end ?? null },
    data: c.data,
  };
};

/**
 * For each proposal that would change a fact Dyad already has (changed in the article, or edited
 * by hand since), how its current draft would change, field by field and word by word: the
 * before/after the import page shows. Keyed by import key.
 */
export async function importDraftChanges(
  relationSlug: string | null,
  proposals: ProposedFact[],
  keys: string[],
): Promise<Map<string, FieldChange[]>> {
  if (!relationSlug || keys.length === 0) return new Map();
  const facts = await getDb().fact.findMany({
    where: { relation: { slug: relationSlug }, importKey: { in: keys }, deletedAt: null },
    select: { importKey: true, currentRevision: { select: revisionSelect } },
  });
  const drafts = new Map(facts.map((f) => [f.importKey, f.currentRevision]));
  const changes = new Map<string, FieldChange[]>();
  for (const p of proposals) {
    const draft = drafts.get(p.importKey);
    if (!draft) continue;
    const content = p.content as { statement: string; section: string; validTime?: unknown; data: unknown };
    changes.set(p.importKey, diffFields(compared(toRevisionView(draft)), compared(content)));
  }
  return changes;
}
