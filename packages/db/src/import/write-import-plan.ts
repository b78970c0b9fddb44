import type { Actor } from "../actor";
import type { Tx } from "../tx";
import { addFlagsOnce } from "./import-flags";
import { insertRows } from "./insert-rows";
import type { ImportPlan, PointerMove } from "./plan-import";

/**
 * Write an import plan inside the import's transaction: one statement per table instead of the
 * dozen round trips per fact that createFact, reviseFact and publishFact would make. The rows
 * are the ones those operations write (see planImport).
 */
export async function writeImportPlan(tx: Tx, plan: ImportPlan, options: { relationId: string; actor: Actor }) {
  // A fact's revisions reference it and it references its draft, so: facts without pointers,
  // then revisions and their citations, then the pointers.
  await insertRows(tx, "fact", plan.facts);
  await insertRows(tx, "fact_revision", plan.revisions);
  await insertRows(tx, "revision_source", plan.citations);
  if (plan.pointers.length > 0) await movePointers(tx, plan.pointers);
  const published = plan.pointers.filter((p) => p.publish);
  if (published.length > 0) await logPublications(tx, published, options);
  // Flags after the facts they are about (tests/db/crash-safety kills an import blocked on
  // this insert, when every fact is written but nothing committed).
  await addFlagsOnce(tx, plan.flags);
  await insertRows(tx, "audit_event", plan.audit);
}

/**
 * Each written revision becomes its fact's draft and imported revision (and, when published,
 * what the public sees), as createFact/reviseFact and publishFact leave them. One statement.
 */
async function movePointers(tx: Tx, moves: PointerMove[]) {
  await tx.$executeRaw`
    UPDATE fact AS f
       SET current_revision_id = m.revision_id,
           imported_revision_id = m.revision_id,
           published_revision_id = CASE WHEN m.publish THEN m.revision_id ELSE f.published_revision_id END,
           review_state = (CASE WHEN m.publish THEN 'PUBLISHED' ELSE 'DRAFT' END)::"ReviewState",
           review_note = NULL,
           updated_at = ${new Date()}::timestamptz
      FROM unnest(${moves.map((m) => m.factId)}::uuid[], ${moves.map((m) => m.revisionId)}::uuid[],
                  ${moves.map((m) => m.publish)}::boolean[]) AS m(fact_id, revision_id, publish)
     WHERE f.id = m.fact_id`;
}

/**
 * Append the publications to the log (`at` is each row's clock_timestamp()) and date the
 * relation by the last of them, as publishFact does (truncated to the millisecond, as it is
 * when publishFact passes it through a JavaScript Date). One statement.
 */
async function logPublications(tx: Tx, published: PointerMove[], options: { relationId: string; actor: Actor }) {
  const { relationId, actor } = options;
  await tx.$executeRaw`
    WITH logged AS (
      INSERT INTO publication (fact_id, relation_id, revision_id, actor_id, actor_name)
      SELECT m.fact_id, ${relationId}::uuid, m.revision_id, ${actor.id}::uuid, ${actor.name}
        FROM unnest(${published.map((p) => p.factId)}::uuid[], ${published.map((p) => p.revisionId)}::uuid[])
             WITH ORDINALITY AS m(fact_id, revision_id, position)
       ORDER BY m.position
      RETURNING at)
    UPDATE relation SET updated_at = date_trunc('milliseconds', (SELECT max(at) FROM logged))
     WHERE id = ${relationId}::uuid`;
}
