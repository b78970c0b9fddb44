import type { Actor } from "../actor";
import { AppError } from "../errors";
import { assertNoBlockingFlags } from "../flags/publication-gate";
import { Prisma } from "../generated/prisma/client";
import type { TAuditEvent } from "../schemas/audit";
import { hasFollowableSource } from "../sources/followable";
import { type AnyTx, queryRows } from "../tx";
import type { LockedFact } from "./lock-fact";

/** What publishing needs to know of the revision, read by the caller in its own lookup. */
export interface PublishableRevision {
  id: string;
  redacted: boolean;
  sources: { url: string | null }[];
}

/**
 * The writes of a publish, for a fact its caller has locked (publishFact, approveFact) and a
 * revision of that fact its caller has read: one lock and one revision lookup per publish.
 * `flagsChecked`: the caller already refused open blocking flags under the same lock.
 */
export async function publishLocked(
  tx: AnyTx,
  options: {
    fact: LockedFact;
    revision: PublishableRevision;
    actor: Actor;
    overrideReason?: string;
    flagsChecked?: boolean;
    /** More audit events, written with the publish's own (after them) and only if it publishes. */
    alsoAudit?: TAuditEvent[];
  },
) {
  const { fact, revision, actor, overrideReason } = options;
  const factId = fact.id;
  if (revision.redacted) {
    throw new AppError("CONFLICT", "This revision's text was withdrawn from public view: write a new revision first");
  }
  if (fact.publishedRevisionId === revision.id) return { factId, revisionId: revision.id, changed: false };
  if (!options.flagsChecked) await assertNoBlockingFlags(tx, factId);
  const unsourced = !hasFollowableSource(revision.sources);
  if (unsourced && !overrideReason) {
    throw new AppError(
      "CONFLICT",
      "This fact cites no source a reader can follow (none has an address): add one, or publish it unsourced with a reason",
    );
  }

  const isDraft = revision.id === fact.currentRevisionId;
  const events: TAuditEvent[] = [{ type: "fact.published", payload: { revisionId: revision.id } }];
  if (unsourced && overrideReason) {
    events.push({ type: "fact.published_unsourced", payload: { revisionId: revision.id, reason: overrideReason } });
  }
  events.push(...(options.alsoAudit ?? []));
  // The publish's four writes in one statement (they were four round trips inside the
  // transaction, issue 21.4): the fact's pointer (and review state, when it is the draft), the
  // publication log, the relation's last change (the publication's instant, to the millisecond
  // as Prisma stored it) and the audit events, in the order given.
  const rows = await queryRows<{ at: Date }>(
    tx,
    Prisma.sql`
    WITH pointer AS (
      UPDATE fact SET published_revision_id = ${revision.id}::uuid, updated_at = now(),
             review_state = CASE WHEN ${isDraft}::boolean THEN 'PUBLISHED'::"ReviewState" ELSE review_state END,
             review_note = CASE WHEN ${isDraft}::boolean THEN NULL ELSE review_note END
       WHERE id = ${factId}::uuid),
    logged AS (
      INSERT INTO publication (fact_id, relation_id, revision_id, actor_id, actor_name)
      VALUES (${factId}::uuid, ${fact.relationId}::uuid, ${revision.id}::uuid, ${actor.id}::uuid, ${actor.name})
      RETURNING at),
    touched AS (
      UPDATE relation SET updated_at = date_trunc('milliseconds', (SELECT at FROM logged))
       WHERE id = ${fact.relationId}::uuid),
    audited AS (
      INSERT INTO audit_event (type, payload, actor_id, actor_name, fact_id, relation_id)
      SELECT e.event->>'type', e.event->'payload', ${actor.id}::uuid, ${actor.name}, ${factId}::uuid, ${fact.relationId}::uuid
        FROM jsonb_array_elements(${JSON.stringify(events)}::jsonb) WITH ORDINALITY AS e(event, n)
       ORDER BY e.n)
    SELECT at FROM logged`,
  );
  const publication = rows[0] as { at: Date };
  return { factId, revisionId: revision.id, changed: true, at: publication.at };
}
