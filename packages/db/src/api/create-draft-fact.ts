import { ZCreateFactRequest } from "@dyad/api-contract";
import { notFound } from "../errors";
import { createFact } from "../facts/create-fact";
import { recordIdempotent, replayIdempotent, ZIdempotency } from "../idempotency/idempotent";
import { defineOperation } from "../lib/define-operation";
import { loadDraft } from "./draft-view";

/**
 * Create a fact as a draft in a relation named by slug: createFact, as the editor app does it.
 * With an idempotency key, a retry gives the fact the first attempt created (`replayed`).
 */
export const createDraftFact = defineOperation({
  minRole: "EDITOR",
  input: ZCreateFactRequest.safeExtend({ idempotency: ZIdempotency.optional() }),
  async run({ input: { relation, content, note, idempotency }, actor, tx }) {
    const replayed = await replayIdempotent<{ factId: string }>(idempotency, tx);
    if (replayed) return { ...(await loadDraft(replayed.factId, tx)), replayed: true };
    const found = await tx.relation.findUnique({ where: { slug: relation }, select: { id: true } });
    if (!found) throw notFound("Relation");
    const { factId } = await createFact({ relationId: found.id, content, note, actor, tx });
    await recordIdempotent(tx, idempotency, { factId });
    return { ...(await loadDraft(factId, tx)), replayed: false };
  },
});
