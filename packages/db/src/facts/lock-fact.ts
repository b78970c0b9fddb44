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

export interface LockedDraft extends LockedFact {
  /** The draft's content hash and number, and the highest number any revision of the fact has. */
  draftContentHash: string | null;
  draftNumber: number | null;
  lastNumber: number | null;
}

/**
 * lockFact for a new revision: the same lock and checks, with what a save compares and numbers
 * by (the draft's hash, the highest revision number) read in the same statement: one round trip
 * inside the transaction instead of three (issue 21.4).
 */
export async function lockFactWithDraft(tx: Tx, factId: string, expectedRevisionId: string): Promise<LockedDraft> {
  const rows = await tx.$queryRaw<
    {
      id: string;
      relation_id: string;
      kind: string;
      current_revision_id: string | null;
      published_revision_id: string | null;
      deleted_at: Date | null;
      content_hash: string | null;
      number: number | null;
      last_number: number | null;
    }[]
  >`SELECT f.id, f.relation_id, f.kind::text, f.current_revision_id, f.published_revision_id, f.deleted_at,
           r.content_hash, r.number,
           (SELECT max(n.number) FROM fact_revision n WHERE n.fact_id = f.id) AS last_number
      FROM fact f LEFT JOIN fact_revision r ON r.id = f.current_revision_id
     WHERE f.id = ${factId}::uuid FOR UPDATE OF f`;
  const fact = rows[0];
  if (!fact || fact.deleted_at) throw notFound("Fact");
  if (fact.current_revision_id !== expectedRevisionId) {
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
    draftContentHash: fact.content_hash,
    draftNumber: fact.number,
    lastNumber: fact.last_number,
  };
}
