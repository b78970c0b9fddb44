import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { lockFact } from "../facts/lock-fact";
import { assertRole } from "../permissions";
import { ZUuid } from "../schemas/fact";
import { assertPublishable, checkPublishRules, loadDraftContent } from "./load-draft-content";

/**
 * Send a fact's latest draft to the reviewers. The editor names the revision they looked at;
 * if someone saved since, the submission is refused (CONFLICT) instead of sending text the
 * editor never saw. A draft that could not be published is refused with its failures by field.
 */
export async function submitFact(options: { factId: string; expectedRevisionId: string; actor: Actor }) {
  assertRole(options.actor, "EDITOR");
  const factId = parseInput(ZUuid, options.factId);
  const expectedRevisionId = parseInput(ZUuid, options.expectedRevisionId);
  return getDb().$transaction(async (tx) => {
    const fact = await lockFact(tx, factId, expectedRevisionId);
    const { reviewState } = await tx.fact.findUniqueOrThrow({ where: { id: factId }, select: { reviewState: true } });
    if (reviewState === "SUBMITTED") return { factId, changed: false };
    if (reviewState === "PUBLISHED") throw new AppError("CONFLICT", "This draft is already published");
    const { content, pair } = await loadDraftContent(tx, fact);
    assertPublishable(checkPublishRules(content, pair));
    await tx.fact.update({ where: { id: factId }, data: { reviewState: "SUBMITTED", reviewNote: null } });
    await writeAuditEvent(tx, {
      actor: options.actor,
      factId,
      relationId: fact.relationId,
      event: { type: "fact.submitted", payload: { revisionId: expectedRevisionId } },
    });
    return { factId, changed: true };
  });
}
