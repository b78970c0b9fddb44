import type { Actor } from "../actor";
import { AppError, parseInput } from "../errors";
import { toContentInput } from "../facts/fact-view";
import { getFact } from "../facts/get-fact";
import { reviseFact } from "../facts/revise-fact";
import { assertRole } from "../permissions";
import { type TPatchFactRequest, ZPatchFactRequest } from "../schemas/api";
import { type TFactContentInput, ZUuid } from "../schemas/fact";
import { loadDraft } from "./draft-view";

/**
 * Save a new draft revision from a partial change: the draft the caller last saw (named by
 * expectedRevisionId, from If-Match) with the given fields replaced, then reviseFact, which
 * refuses with CONFLICT (naming the current revision) if someone saved in between.
 */
export async function reviseDraftFact(
  options: TPatchFactRequest & { factId: string; expectedRevisionId: string; actor: Actor },
) {
  assertRole(options.actor, "EDITOR");
  const factId = parseInput(ZUuid, options.factId);
  const expectedRevisionId = parseInput(ZUuid, options.expectedRevisionId);
  const { content: patch, note } = parseInput(ZPatchFactRequest, { content: options.content, note: options.note });
  const fact = await getFact({ factId });
  if (fact.deletedAt || !fact.draft) throw new AppError("NOT_FOUND", "Fact was not found");
  if (fact.draft.revisionId !== expectedRevisionId) {
    throw new AppError("CONFLICT", "This fact was changed since you loaded it", {
      currentRevisionId: fact.draft.revisionId,
    });
  }
  // Unchecked merge on purpose: reviseFact parses the result with the kind's schema.
  const content = { ...toContentInput(fact.draft), ...patch } as TFactContentInput;
  const result = await reviseFact({
    factId,
    expectedRevisionId,
    content,
    note,
    actor: options.actor,
  });
  return { changed: result.changed, ...(await loadDraft(factId)) };
}
