import type { Actor } from "../actor";
import { AppError, parseInput } from "../errors";
import { getFact } from "../facts/get-fact";
import { reviseFact } from "../facts/revise-fact";
import { type Idempotency, replayIdempotent, writeIdempotent } from "../idempotency/idempotent";
import { assertRole } from "../permissions";
import { toContentInput } from "../read-model/revision-view";
import { type TPatchFactRequest, ZPatchFactRequest } from "../schemas/api";
import { type TFactContentInput, ZUuid } from "../schemas/fact";
import { loadDraft } from "./draft-view";

/**
 * Save a new draft revision from a partial change: the draft the caller last saw (named by
 * expectedRevisionId, from If-Match) with the given fields replaced, then reviseFact, which
 * refuses with CONFLICT (naming the current revision) if someone saved in between. With an
 * idempotency key, a retry of a save that was kept gives its result instead of that CONFLICT.
 */
export async function reviseDraftFact(
  options: TPatchFactRequest & { factId: string; expectedRevisionId: string; actor: Actor; idempotency?: Idempotency },
) {
  assertRole(options.actor, "EDITOR");
  const factId = parseInput(ZUuid, options.factId);
  const expectedRevisionId = parseInput(ZUuid, options.expectedRevisionId);
  const { content: patch, note } = parseInput(ZPatchFactRequest, { content: options.content, note: options.note });
  const replayed = await replayIdempotent<{ changed: boolean }>(options.idempotency);
  if (replayed) return { changed: replayed.changed, replayed: true, ...(await loadDraft(factId)) };
  const fact = await getFact({ factId });
  if (fact.deletedAt || !fact.draft) throw new AppError("NOT_FOUND", "Fact was not found");
  if (fact.draft.revisionId !== expectedRevisionId) {
    throw new AppError("CONFLICT", "This fact was changed since you loaded it", {
      currentRevisionId: fact.draft.revisionId,
    });
  }
  // Unchecked merge on purpose: reviseFact parses the result with the kind's schema.
  const content = { ...toContentInput(fact.draft), ...patch } as TFactContentInput;
  const result = await writeIdempotent(options.idempotency, async (tx) => {
    const revised = await reviseFact({ factId, expectedRevisionId, content, note, actor: options.actor, tx });
    return { changed: revised.changed };
  });
  return { changed: result.changed, replayed: false, ...(await loadDraft(factId)) };
}
