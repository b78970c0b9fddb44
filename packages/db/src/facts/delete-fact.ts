import { ZUuid } from "@dyad/core/schemas/fact";
import { writeAuditEvent } from "../audit/write-audit-event";
import { defineOperation } from "../lib/define-operation";
import { revalidateAfterCommit } from "../public-cache/deliver-revalidations";
import { lockFact } from "./lock-fact";
import { withdrawPublication } from "./withdraw-publication";

/**
 * Delete a fact: it leaves the public site and the editors' lists, but every revision and
 * every publication stays, so history and past "as of" views are unchanged.
 */
export const deleteFact = defineOperation({
  minRole: "REVIEWER",
  input: { factId: ZUuid },
  async run(context) {
    const {
      input: { factId },
      actor,
      tx,
    } = context;
    const fact = await lockFact(tx, factId);
    const wasPublished = fact.publishedRevisionId !== null;
    if (wasPublished) await withdrawPublication(tx, fact, actor);
    await tx.fact.update({ where: { id: factId }, data: { deletedAt: new Date() } });
    await writeAuditEvent(tx, {
      actor,
      factId,
      relationId: fact.relationId,
      event: { type: "fact.deleted", payload: { wasPublished } },
    });
    if (wasPublished) revalidateAfterCommit(context);
    return { factId };
  },
});
