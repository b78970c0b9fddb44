import { Prisma } from "../generated/prisma/client";
import { type AnyTx, queryRows } from "../tx";

/**
 * Who wrote a fact's draft since what the public sees: the authors of the revisions on the
 * draft's line (parent by parent) numbered above the published one, or all of it for a fact never
 * published. A proposal in a change-set is not on that line, so its author does not count here.
 * Null: the importer or the seed.
 */
export async function draftAuthors(
  tx: AnyTx,
  fact: { currentRevisionId: string | null; publishedRevisionId: string | null },
): Promise<(string | null)[]> {
  if (!fact.currentRevisionId || fact.currentRevisionId === fact.publishedRevisionId) return [];
  const rows = await queryRows<{ author_id: string | null }>(
    tx,
    Prisma.sql`
    WITH RECURSIVE floor AS (
      SELECT coalesce((SELECT number FROM fact_revision WHERE id = ${fact.publishedRevisionId}::uuid), 0) AS n),
    line AS (
      SELECT r.parent_id, r.author_id FROM fact_revision r, floor
       WHERE r.id = ${fact.currentRevisionId}::uuid AND r.number > floor.n
      UNION ALL
      SELECT r.parent_id, r.author_id FROM line JOIN fact_revision r ON r.id = line.parent_id, floor
       WHERE r.number > floor.n)
    SELECT DISTINCT author_id::text FROM line`,
  );
  return rows.map((r) => r.author_id);
}
