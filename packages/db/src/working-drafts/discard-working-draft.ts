import type { z } from "zod";
import type { Actor } from "../actor";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { ZWorkingDraftKey } from "../schemas/working-draft";
import { clearWorkingDraft } from "./clear-working-draft";
import { workingDraftOwner } from "./owner";

/** The editor throws away their working copy: the form goes back to the saved draft. */
export async function discardWorkingDraft(options: z.input<typeof ZWorkingDraftKey> & { actor: Actor }) {
  const userId = workingDraftOwner(options.actor);
  const { factId, changeSetId } = parseInput(ZWorkingDraftKey, {
    factId: options.factId,
    changeSetId: options.changeSetId,
  });
  await clearWorkingDraft(getDb(), { userId, factId, changeSetId });
}
