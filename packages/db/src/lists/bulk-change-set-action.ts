import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { reviewChangeSet } from "../change-sets/review-change-set";
import { submitChangeSet } from "../change-sets/submit-change-set";
import { getDb } from "../client";
import { defineOperation } from "../lib/define-operation";
import { hasRole, roleRefusal } from "../permissions";
import { ZBulkChangeSetInput } from "../schemas/lists";
import { runEach } from "./bulk-result";

/**
 * Ticked change-sets, each submitted (submitChangeSet) or approved as a whole (reviewChangeSet,
 * reviewers only) exactly as from its own page: four eyes included, so a reviewer's own
 * change-set is refused with the reason while the others are approved. No override reason is
 * taken here: an admin overrides four eyes on the change-set's page, one at a time.
 */
export const bulkChangeSetAction = defineOperation({
  minRole: "EDITOR",
  /** allowSelfApproval: the deployment's DYAD_ALLOW_SELF_APPROVAL, as reviewChangeSet takes it. */
  input: ZBulkChangeSetInput.extend({ allowSelfApproval: z.boolean().optional() }),
  // Each change-set in its own transaction, as from its own page.
  transaction: false,
  async run({ input: { action, changeSetIds, allowSelfApproval }, actor }) {
    if (action === "approve" && !hasRole(actor, "REVIEWER")) throw roleRefusal("REVIEWER");
    const sets = await getDb().changeSet.findMany({
      where: { id: { in: changeSetIds.filter((id) => ZUuid.safeParse(id).success) } },
      select: { id: true, title: true },
    });
    const titles = new Map(sets.map((s) => [s.id, s.title]));
    return runEach(
      changeSetIds.map((id) => ({ id, label: titles.get(id) ?? "(no such change-set)" })),
      async ({ id }) => {
        if (action === "submit") {
          await submitChangeSet({ changeSetId: id, actor });
          return "Submitted for review";
        }
        const result = await reviewChangeSet({ changeSetId: id, decision: "APPROVED", actor, allowSelfApproval });
        return result.state === "APPROVED" ? "Approved" : "Approved what was pending";
      },
    );
  },
});
