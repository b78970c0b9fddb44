import type { Tx } from "../tx";

/** A fact an earlier import of the article made, as the next import needs to see it. */
export interface ImportedFact {
  id: string;
  importKey: string;
  kind: string;
  deletedAt: Date | null;
  currentRevisionId: string | null;
  /** The highest revision number (a change-set proposal may be above the draft), so a new revision can follow it. */
  currentNumber: number | null;
  importedRevisionId: string | null;
  /** What the last import wrote: equal to the new proposal's hash means nothing changed. */
  importedHash: string | null;
}

/**
 * Every fact of the relation with one of these import keys, in one query, locked until the
 * import commits (in id order, so two imports of one article queue instead of deadlocking). The
 * lock stands in for the per-fact lock of reviseFact: an editor's save to one of these facts
 * waits for the import instead of slipping in between this read and the import's writes.
 */
export async function loadImportedFacts(
  tx: Tx,
  relationId: string,
  importKeys: string[],
): Promise<Map<string, ImportedFact>> {
  const rows = await tx.$queryRaw<
    {
      id: string;
      import_key: string;
      kind: string;
      deleted_at: Date | null;
      current_revision_id: string | null;
      current_number: number | null;
      imported_revision_id: string | null;
      imported_hash: string | null;
    }[]
  >`SELECT f.id, f.import_key, f.kind::text, f.deleted_at, f.current_revision_id,
           -- The highest number, not the draft's: a change-set's proposal may be numbered above it.
           (SELECT max(n.number) FROM fact_revision n WHERE n.fact_id = f.id) AS current_number,
           f.imported_revision_id, imp.content_hash AS imported_hash
      FROM fact f
      LEFT JOIN fact_revision imp ON imp.id = f.imported_revision_id
     WHERE f.relation_id = ${relationId}::uuid AND f.import_key = ANY(${importKeys}::text[])
     ORDER BY f.id
       FOR UPDATE OF f`;
  return new Map(
    rows.map((r) => [
      r.import_key,
      {
        id: r.id,
        importKey: r.import_key,
        kind: r.kind,
        deletedAt: r.deleted_at,
        currentRevisionId: r.current_revision_id,
        currentNumber: r.current_number,
        importedRevisionId: r.imported_revision_id,
        importedHash: r.imported_hash,
      },
    ]),
  );
}
