import { z } from "zod";
import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { lockFact } from "../facts/lock-fact";
import { reviseFact } from "../facts/revise-fact";
import { assertRole } from "../permissions";
import { deliverRevalidations } from "../public-cache/deliver-revalidations";
import { ZUuid } from "../schemas/fact";
import { suggestionsOf, type TSuggestion } from "../schemas/suggestion";
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
export async function applySuggestion(options: { flagId: string; index: number; actor: Actor }) {
  assertRole(options.actor, "EDITOR");
  const flagId = parseInput(ZUuid, options.flagId);
  const index = parseInput(z.number().int().min(0), options.index);
  const result = await getDb().$transaction(async (tx) => {
    const flag = await loadOpenFlag(tx, flagId);
    const suggestion = suggestionsOf(flag.payload)[index];
    if (!suggestion) throw new AppError("INVALID", "This warning has no such suggestion: reload the page");
    const applied = suggestion.mergeInto
      ? await mergeDuplicate(tx, { factId: flag.factId, into: suggestion.mergeInto, suggestion, actor: options.actor })
      : { ...(await correct(tx, flag.factId, suggestion, options.actor)), mergedIntoFactId: undefined };
    await closeFlag(tx, flagId, options.actor.id);
    await writeAuditEvent(tx, {
      actor: options.actor,
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
    return { flagId, factId: flag.factId, ...applied };
  });
  // A merged duplicate that was public leaves the public site.
  if (result.mergedIntoFactId) await deliverRevalidations();
  return result;
}

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
  const revised = await reviseFact({
    factId,
    expectedRevisionId: revisionId,
    content: {
      ...content,
      statement: replace ? content.statement.replace(replace.find, replace.with) : content.statement,
      data: { ...(content.data as object), ...suggestion.data },
    } as never,
    note: suggestionNote(suggestion),
    actor,
    tx,
  });
  return { revisionId: revised.changed ? revised.revision.id : null };
}
