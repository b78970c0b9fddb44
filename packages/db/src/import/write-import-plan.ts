import type { Actor } from "../actor";
import type { Tx } from "../tx";
import { addFlagsOnce } from "./import-flags";
import type { ImportPlan, PointerMove } from "./plan-import";

/**
 * Write an import plan inside the import's transaction: a few multi-row statements instead of
 * the half-dozen round trips per fact that createFact, reviseFact and publishFact would make.
 * The rows are the ones those operations write (see planImport).
 */
export async function writeImportPlan(tx: Tx, plan: ImportPlan, options: { relationId: string; actor: Actor }) {
  // A fact's revisions reference it and it references its draft, so: facts without pointers,
  // then revisions and their citations, then the pointers.
  if (plan.facts.length > 0) await tx.fact.createMany({ data: plan.facts });
  if (plan.revisions.length > 0) {
    await tx.factRevision.createMany({ data: plan.revisions });
    await tx.revisionSource.createMany({ data: plan.citations });
    await movePointers(tx, plan.pointers);
  }
  const published = plan.pointers.filter((p) => p.publish);
  if (published.length > 0) await logPublications(tx, published, options);
  await addFlagsOnce(tx, plan.flags);
  await tx.auditEvent.createMany({ data: plan.audit });
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

/** Append the publications to the log and date the relation by the last one, as publishFact does. */
async function logPublications(tx: Tx, published: PointerMove[], options: { relationId: string; actor: Actor }) {
  const rows = await tx.publication.createManyAndReturn({
    data: published.map((p) => ({
      factId: p.factId,
      relationId: options.relationId,
      revisionId: p.revisionId,
      actorId: options.actor.id,
      actorName: options.actor.name,
    })),
    select: { at: true },
  });
  const last = new Date(rows.reduce((max, r) => Math.max(max, r.at.getTime()), 0));
  await tx.relation.update({ where: { id: options.relationId }, data: { updatedAt: last } });
}
