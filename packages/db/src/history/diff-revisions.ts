import { ZUuid } from "@dyad/core/schemas/fact";
import { AppError } from "../errors";
import { defineOperation } from "../lib/define-operation";
import { diffRevisionViews } from "../read-model/diff";
import { revisionSelect, toRevisionView } from "../read-model/revision-view";

/** Compare any two revisions of one fact, in either order. */
export const diffRevisions = defineOperation({
  minRole: "EDITOR",
  input: { factId: ZUuid, fromRevisionId: ZUuid, toRevisionId: ZUuid },
  transaction: false,
  async run({ input: { factId, fromRevisionId, toRevisionId }, tx }) {
    const ids = [fromRevisionId, toRevisionId];
    const rows = await tx.factRevision.findMany({ where: { id: { in: ids }, factId }, select: revisionSelect });
    const from = rows.find((r) => r.id === ids[0]);
    const to = rows.find((r) => r.id === ids[1]);
    if (!from || !to) throw new AppError("NOT_FOUND", "Those revisions are not both revisions of this fact");
    const fromView = toRevisionView(from);
    const toView = toRevisionView(to);
    return { from: fromView, to: toView, changes: diffRevisionViews(fromView, toView) };
  },
});
