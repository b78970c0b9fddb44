import { Prisma } from "../generated/prisma/client";
import { executeAlong } from "../lib/sql-transaction";
import type { AnyTx } from "../tx";

/**
 * Delete an editor's working copy of a fact once what it held is saved as a revision, in the
 * saving transaction (so a crash between the two cannot leave a copy that looks unsaved).
 */
export async function clearWorkingDraft(
  tx: AnyTx,
  key: { userId: string | null; factId: string; changeSetId: string | null },
) {
  if (!key.userId) return;
  // Raw SQL: every editor save runs it, and Prisma's query building cost more than the delete.
  // Sent along (executeAlong): the save's statements after it go out behind it.
  await executeAlong(
    tx,
    Prisma.sql`
      DELETE FROM working_draft
       WHERE user_id = ${key.userId}::uuid AND fact_id = ${key.factId}::uuid
         AND change_set_id IS NOT DISTINCT FROM ${key.changeSetId}::uuid`,
  );
}
