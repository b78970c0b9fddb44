import { ZUuid } from "@dyad/core/schemas/uuid";
import { defineOperation } from "../lib/define-operation";

/**
 * What other editors have typed into a fact's form and not yet saved as a revision, newest
 * first: the fact's page shows it, so a reviewer sees the latest text before acting on a draft.
 */
export const listOthersWorkingDrafts = defineOperation({
  minRole: "EDITOR",
  input: { factId: ZUuid },
  transaction: false,
  async run({ input: { factId }, actor, tx }) {
    const rows = await tx.$queryRaw<
      { name: string; statement: string | null; change_set_id: string | null; saved_at: Date }[]
    >`SELECT u.name, w.content->>'statement' AS statement, w.change_set_id, w.saved_at
        FROM working_draft w JOIN app_user u ON u.id = w.user_id
       WHERE w.fact_id = ${factId}::uuid AND w.user_id IS DISTINCT FROM ${actor.id}::uuid
       ORDER BY w.saved_at DESC LIMIT 20`;
    return rows.map((r) => ({
      editorName: r.name,
      statement: r.statement ?? "",
      changeSetId: r.change_set_id,
      savedAt: r.saved_at.toISOString(),
    }));
  },
});
