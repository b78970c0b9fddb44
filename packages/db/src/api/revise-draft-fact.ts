import { ZPatchFactRequest } from "@dyad/api-contract";
import { type TFactContentInput, ZUuid } from "@dyad/core/schemas/fact";
import { AppError } from "../errors";
import { reviseFact } from "../facts/revise-fact";
import { recordIdempotent, replayIdempotent, ZIdempotency } from "../idempotency/idempotent";
import { defineOperation } from "../lib/define-operation";
import { revisionSelect, toContentInput, toRevisionView } from "../read-model/revision-view";
import { loadDraft } from "./draft-view";

/**
 * Save a new draft revision from a partial change: the draft the caller last saw (named by
 * expectedRevisionId, from If-Match) with the given fields replaced, then reviseFact, which
 * refuses with CONFLICT (naming the current revision) if someone saved in between. With an
 * idempotency key, a retry of a save that was kept gives its result instead of that CONFLICT.
 * One transaction: the save, its key and the draft it answers with.
 */
export const reviseDraftFact = defineOperation({
  minRole: "EDITOR",
  input: ZPatchFactRequest.safeExtend({
    factId: ZUuid,
    expectedRevisionId: ZUuid,
    idempotency: ZIdempotency.optional(),
  }),
  async run({ input: { factId, expectedRevisionId, content: patch, note, idempotency }, actor, tx }) {
    const replayed = await replayIdempotent<{ changed: boolean }>(idempotency, tx);
    if (replayed) return { changed: replayed.changed, replayed: true, ...(await loadDraft(factId, tx)) };
    const fact = await tx.fact.findUnique({
      where: { id: factId },
      select: { deletedAt: true, currentRevision: { select: revisionSelect } },
    });
    if (!fact || fact.deletedAt || !fact.currentRevision) throw new AppError("NOT_FOUND", "Fact was not found");
    if (fact.currentRevision.id !== expectedRevisionId) {
      throw new AppError("CONFLICT", "This fact was changed since you loaded it", {
        currentRevisionId: fact.currentRevision.id,
      });
    }
    // Unchecked merge on purpose: reviseFact parses the result with the kind's schema, and
    // locks the fact, refusing (CONFLICT) a save that came in since this read.
    const content = { ...toContentInput(toRevisionView(fact.currentRevision)), ...patch } as TFactContentInput;
    const { changed } = await reviseFact({ factId, expectedRevisionId, content, note, actor, tx });
    await recordIdempotent(tx, idempotency, { changed });
    return { changed, replayed: false, ...(await loadDraft(factId, tx)) };
  },
});
