import { AppError, notFound } from "../errors";
import type { Tx } from "../tx";

export interface LockedFact {
  id: string;
  relationId: string;
  kind: string;
  currentRevisionId: string | null;
  publishedRevisionId: string | null;
}

/**
 * Lock a fact's row for the rest of the transaction, so concurrent changes to one fact queue up
 * instead of racing, and check the caller saw the latest revision.
 */
export async function lockFact(tx: Tx, factId: string, expectedRevisionId?: string): Promise<LockedFact> {
  const rows = await tx.$queryRaw<
    {
      id: string;
      relation_id: string;
      kind: string;
      current_revision_id: string | null;
      published_revision_id: string | null;
      deleted_at: Date | null;
    }[]
  >`SELECT id, relation_id, kind::text, current_revision_id, published_revision_id, deleted_at
      FROM fact WHERE id = ${factId}::uuid FOR UPDATE`;
  const fact = rows[0];
  if (!fact || fact.deleted_at) throw notFound("Fact");
  if (expectedRevisionId !== undefined && fact.current_revision_id !== expectedRevisionId) {
    throw new AppError("CONFLICT", "This fact was changed since you loaded it", {
      currentRevisionId: fact.current_revision_id,
    });
  }
  return {
    id: fact.id,
    relationId: fact.relation_id,
    kind: fact.kind,
    currentRevisionId: fact.current_revision_id,
    publishedRevisionId: fact.published_revision_id,
  };
}
