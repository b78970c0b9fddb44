import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError, notFound } from "../errors";
import { withdrawPublication } from "../facts/withdraw-publication";
import { defineOperation } from "../lib/define-operation";
import { revalidateAfterCommit } from "../public-cache/deliver-revalidations";
import { ZRedactFactRequest } from "../schemas/redaction";

/**
 * Withdraw a fact's text from public view for legal reasons (a takedown). Every revision the fact
 * has now is redacted (a later, corrected revision is not), the fact leaves the public site, and
 * the audit log and the fact's public history say who did it, when and why, without the text.
 * Admins only. Irreversible by design: redaction rows are insert-only (database triggers).
 * Works on deleted facts too: their history stays public, so it must be redactable.
 */
export const redactFact = defineOperation({
  minRole: "ADMIN",
  input: ZRedactFactRequest,
  async run(context) {
    const {
      input: { factId, reason },
      actor,
      tx,
    } = context;
    // Locked like every change to a fact, so a publish cannot slip a revision past the takedown.
    const [fact] = await tx.$queryRaw<{ id: string; relation_id: string; published_revision_id: string | null }[]>`
      SELECT id, relation_id, published_revision_id FROM fact WHERE id = ${factId}::uuid FOR UPDATE`;
    if (!fact) throw notFound("Fact");
    const redacted = await tx.$queryRaw<{ revision_id: string }[]>`
      INSERT INTO redaction (revision_id, fact_id, reason, actor_id, actor_name)
      SELECT r.id, r.fact_id, ${reason}, ${actor.id}::uuid, ${actor.name}
      FROM fact_revision r WHERE r.fact_id = ${factId}::uuid
      ON CONFLICT (revision_id) DO NOTHING
      RETURNING revision_id`;
    if (redacted.length === 0) throw new AppError("CONFLICT", "This fact's text was already withdrawn");
    const relation = { id: fact.id, relationId: fact.relation_id };
    if (fact.published_revision_id) await withdrawPublication(tx, relation, actor);
    // Past versions change too (history, as-of reads): revalidate even when nothing was public now.
    else
      await tx.$executeRaw`INSERT INTO revalidation_outbox (relation_id, fact_id) VALUES (${fact.relation_id}::uuid, ${factId}::uuid)`;
    await writeAuditEvent(tx, {
      actor,
      factId,
      relationId: fact.relation_id,
      event: {
        type: "fact.redacted",
        payload: {
          revisionIds: redacted.map((r) => r.revision_id),
          reason,
          wasPublished: !!fact.published_revision_id,
        },
      },
    });
    revalidateAfterCommit(context);
    return { factId, revisions: redacted.length };
  },
});
