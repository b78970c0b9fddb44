import type { Actor } from "../actor";
import { reviewChangeSet } from "../change-sets/review-change-set";
import { submitChangeSet } from "../change-sets/submit-change-set";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { assertRole } from "../permissions";
import { ZUuid } from "../schemas/fact";
import { type TBulkChangeSetInput, ZBulkChangeSetInput } from "../schemas/lists";
import { runEach } from "./bulk-result";

/**
 * Ticked change-sets, each submitted (submitChangeSet) or approved as a whole (reviewChangeSet,
 * reviewers only) exactly as from its own page: four eyes included, so a reviewer's own
 * change-set is refused with the reason while the others are approved. No override reason is
 * taken here: an admin overrides four eyes on the change-set's page, one at a time.
 */
export async function bulkChangeSetAction(
  options: TBulkChangeSetInput & { actor: Actor; allowSelfApproval?: boolean },
) {
  const { actor, allowSelfApproval, ...rest } = options;
  const input = parseInput(ZBulkChangeSetInput, rest);
  assertRole(actor, input.action === "approve" ? "REVIEWER" : "EDITOR");
  const sets = await getDb().changeSet.findMany({
    where: { id: { in: input.changeSetIds.filter((id) => ZUuid.safeParse(id).success) } },
    select: { id: true, title: true },
  });
  const titles = new Map(sets.map((s) => [s.id, s.title]));
  return runEach(
    input.changeSetIds.map((id) => ({ id, label: titles.get(id) ?? "(no such change-set)" })),
    async ({ id }) => {
      if (input.action === "submit") {
        await submitChangeSet({ changeSetId: id, actor });
        return "Submitted for review";
      }
      const result = await reviewChangeSet({ changeSetId: id, decision: "APPROVED", actor, allowSelfApproval });
      return result.state === "APPROVED" ? "Approved" : "Approved what was pending";
    },
  );
}
