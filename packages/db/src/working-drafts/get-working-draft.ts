import type { z } from "zod";
import type { Actor } from "../actor";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { type TWorkingDraftContent, ZWorkingDraftContent, ZWorkingDraftKey } from "../schemas/working-draft";
import { workingDraftOwner } from "./owner";

/** The editor's own working copy of a fact (in a change-set, or of its draft), or null. */
export async function getWorkingDraft(options: z.input<typeof ZWorkingDraftKey> & { actor: Actor }) {
  const userId = workingDraftOwner(options.actor);
  const { factId, changeSetId } = parseInput(ZWorkingDraftKey, {
    factId: options.factId,
    changeSetId: options.changeSetId,
  });
  const row = await getDb().workingDraft.findFirst({ where: { userId, factId, changeSetId } });
  // Checked again on the way out: a copy the form could not load is as good as none.
  const content = ZWorkingDraftContent.safeParse(row?.content);
  if (!row || !content.success) return null;
  return {
    content: content.data as TWorkingDraftContent,
    note: row.note,
    baseRevisionId: row.baseRevisionId,
    savedAt: row.savedAt.toISOString(),
  };
}
