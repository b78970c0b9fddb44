import { ZFactContent, ZUuid } from "@dyad/core/schemas/fact";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import { defineOperation } from "../lib/define-operation";
import { revisionSelect, toContentInput, toRevisionView } from "../read-model/revision-view";
import { checkPublishRules } from "../workflow/publish-rules";
import { lockChangeSet } from "./lock-change-set";

/**
 * Send a change-set to the reviewers as one. Every proposed revision must pass the publish rules
 * (else INVALID naming the fact and the failures); an empty change-set is refused.
 */
export const submitChangeSet = defineOperation({
  minRole: "EDITOR",
  input: { changeSetId: ZUuid },
  async run({ input: { changeSetId }, actor, tx }) {
    const set = await lockChangeSet(tx, changeSetId, ["OPEN", "CHANGES_REQUESTED"]);
    const items = await tx.changeSetItem.findMany({ where: { changeSetId: set.id } });
    if (items.length === 0) throw new AppError("INVALID", "This change-set holds no change yet");
    const failures: string[] = [];
    for (const item of items) {
      if (!item.revisionId) continue;
      const revision = await tx.factRevision.findUniqueOrThrow({
        where: { id: item.revisionId },
        select: revisionSelect,
      });
      const relation = await tx.relation.findUniqueOrThrow({
        where: { id: item.relationId },
        select: { countryAId: true, countryBId: true },
      });
      const content = ZFactContent.parse(toContentInput(toRevisionView(revision)));
      const issues = checkPublishRules(content, [relation.countryAId, relation.countryBId]);
      if (issues.length > 0)
        failures.push(`“${revision.statement.slice(0, 80)}”: ${issues.map((i) => i.message).join("; ")}`);
    }
    if (failures.length > 0) {
      throw new AppError("INVALID", `Some facts cannot be published yet: ${failures.join(" · ")}`);
    }
    await tx.changeSet.update({ where: { id: set.id }, data: { state: "SUBMITTED" } });
    await writeAuditEvent(tx, {
      actor: actor,
      event: { type: "change_set.submitted", payload: { changeSetId: set.id, items: items.length } },
    });
    return { changeSetId: set.id };
  },
});
