import { ZUuid } from "@dyad/core/schemas/fact";
import { suggestionsOf, type TSuggestion } from "@dyad/core/schemas/suggestion";
import { z } from "zod";
import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import { lockFact } from "../facts/lock-fact";
import { reviseFact } from "../facts/revise-fact";
import { defineOperation } from "../lib/define-operation";
import { revalidateAfterCommit } from "../public-cache/deliver-revalidations";
import type { Tx } from "../tx";
import { currentContent } from "./current-content";
import { mergeDuplicate } from "./merge-duplicate";
import { closeFlag, loadOpenFlag } from "./open-flag";

export const suggestionNote = (s: TSuggestion) => `Applied suggestion ${s.kind}: ${s.label}`;

/**
 * Apply one of a flag's suggested corrections: a new draft revision (its note names the
 * suggestion) written through reviseFact, the flag closed and the decision audited, all in one
 * transaction. A suggestion that no longer fits the fact's text is refused and nothing changes.
 */
export const applySuggestion = defineOperation({
  minRole: "EDITOR",
  input: { flagId: ZUuid, index: z.number().int().min(0) },
  async run(context) {
    const {
      input: { flagId, index },
      actor,
      tx,
    } = context;
    const flag = await loadOpenFlag(tx, flagId);
    const suggestion = suggestionsOf(flag.payload)[index];
    if (!suggestion) throw new AppError("INVALID", "This warning has no such suggestion: reload the page");
    const applied = suggestion.mergeInto
      ? await mergeDuplicate(tx, { factId: flag.factId, into: suggestion.mergeInto, suggestion, actor })
      : { ...(await correct(tx, flag.factId, suggestion, actor)), mergedIntoFactId: undefined };
    await closeFlag(tx, flagId, actor.id);
    await writeAuditEvent(tx, {
      actor,
      factId: flag.factId,
      relationId: flag.fact.relationId,
      event: {
        type: "flag.suggestion_applied",
        payload: {
          flagId,
          rule: flag.rule,
          kind: suggestion.kind,
          label: suggestion.label,
          revisionId: applied.revisionId,
          ...(applied.mergedIntoFactId ? { mergedIntoFactId: applied.mergedIntoFactId } : {}),
        },
      },
    });
    // A merged duplicate that was public leaves the public site.
    if (applied.mergedIntoFactId) revalidateAfterCommit(context);
    return { flagId, factId: flag.factId, ...applied };
  },
});

/** The fact's latest draft with the suggestion's text and field changes, as a new revision. */
async function correct(tx: Tx, factId: string, suggestion: TSuggestion, actor: Actor) {
  const fact = await lockFact(tx, factId);
  if (!fact.currentRevisionId) throw new AppError("CONFLICT", "This fact has no draft to correct");
  const { revisionId, content } = await currentContent(tx, fact.currentRevisionId);
  const { replace } = suggestion;
  if (replace && !content.statement.includes(replace.find)) {
    throw new AppError(
      "CONFLICT",
      `The fact changed since this warning was raised: its text no longer says “${replace.find}”. Edit it by hand or dismiss the warning`,
    );
  }
  // Unchecked: the suggestion's fields are checked by reviseFact's parse with the kind's schema.
  const revised = await reviseFact.unchecked({
    factId,
    expectedRevisionId: revisionId,
    content: {
      ...content,
      statement: replace ? content.statement.replace(replace.find, replace.with) : content.statement,
      data: { ...(content.data as object), ...suggestion.data },
    },
    note: suggestionNote(suggestion),
    actor,
    tx,
  });
  return { revisionId: revised.changed ? revised.revision.id : null };
}
