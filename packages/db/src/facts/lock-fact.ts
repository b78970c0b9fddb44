import { AppError, notFound } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { type AnyTx, queryRows } from "../tx";

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
export async function lockFact(tx: AnyTx, factId: string, expectedRevisionId?: string): Promise<LockedFact> {
  const rows = await queryRows<FactRow>(
    tx,
    Prisma.sql`SELECT id, relation_id, kind::text, current_revision_id, published_revision_id, deleted_at
                 FROM fact WHERE id = ${factId}::uuid FOR UPDATE`,
  );
  return checked(rows[0], expectedRevisionId);
}

type FactRow = {
  id: string;
  relation_id: string;
  kind: string;
  current_revision_id: string | null;
  published_revision_id: string | null;
  deleted_at: Date | null;
};

/** The locked row as a LockedFact: a missing or deleted fact, or a stale expectation, refused. */
function checked(fact: FactRow | undefined, expectedRevisionId: string | undefined): LockedFact {
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
export async function lockFactWithDraft(tx: AnyTx, factId: string, expectedRevisionId: string): Promise<LockedDraft> {
  const rows = await queryRows<
    FactRow & { content_hash: string | null; number: number | null; last_number: number | null }
  >(
    tx,
    Prisma.sql`SELECT f.id, f.relation_id, f.kind::text, f.current_revision_id, f.published_revision_id, f.deleted_at,
                      r.content_hash, r.number,
                      (SELECT max(n.number) FROM fact_revision n WHERE n.fact_id = f.id) AS last_number
                 FROM fact f LEFT JOIN fact_revision r ON r.id = f.current_revision_id
                WHERE f.id = ${factId}::uuid FOR UPDATE OF f`,
  );
  const fact = rows[0];
  return {
    ...checked(fact, expectedRevisionId),
    draftContentHash: fact?.content_hash ?? null,
    draftNumber: fact?.number ?? null,
    lastNumber: fact?.last_number ?? null,
  };
}
