import { ZUuid } from "@dyad/core/schemas/fact";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import { lockFact } from "../facts/lock-fact";
import { defineOperation } from "../lib/define-operation";
import { assertPublishable, loadDraftContent } from "./load-draft-content";
import { checkPublishRules } from "./publish-rules";

/**
 * Send a fact's latest draft to the reviewers. The editor names the revision they looked at;
 * if someone saved since, the submission is refused (CONFLICT) instead of sending text the
 * editor never saw. A draft that could not be published is refused with its failures by field.
 */
export const submitFact = defineOperation({
  minRole: "EDITOR",
  input: { factId: ZUuid, expectedRevisionId: ZUuid },
  async run({ input: { factId, expectedRevisionId }, actor, tx }) {
    const fact = await lockFact(tx, factId, expectedRevisionId);
    const { reviewState } = await tx.fact.findUniqueOrThrow({ where: { id: factId }, select: { reviewState: true } });
    if (reviewState === "SUBMITTED") return { factId, changed: false };
    if (reviewState === "PUBLISHED") throw new AppError("CONFLICT", "This draft is already published");
    const { content, pair } = await loadDraftContent(tx, fact);
    assertPublishable(checkPublishRules(content, pair));
    await tx.fact.update({ where: { id: factId }, data: { reviewState: "SUBMITTED", reviewNote: null } });
    await writeAuditEvent(tx, {
      actor,
      factId,
      relationId: fact.relationId,
      event: { type: "fact.submitted", payload: { revisionId: expectedRevisionId } },
    });
    return { factId, changed: true };
  },
});
