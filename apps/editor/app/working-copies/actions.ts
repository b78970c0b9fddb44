"use server";

import { autosaveWorkingCopy, discardWorkingCopy } from "@dyad/db";
import { type ActionResult, runAction } from "@/lib/action-result";
import { withActionActor } from "@/lib/auth/session";

/**
 * Autosave of a form that has no fact yet (a new fact, a summary in a change-set, a change-set's
 * title and description): keep what it holds as the editor's copy. Nothing else changes.
 */
export async function autosaveFormAction(input: unknown): Promise<ActionResult<{ savedAt: string }>> {
  return runAction(() =>
    withActionActor("EDITOR", (actor, tx) => autosaveWorkingCopy.unchecked({ ...(input as object), actor, tx })),
  );
}

/** Throw away the editor's copy of such a form: it opens as saved again. */
export async function discardFormCopyAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(() =>
    withActionActor("EDITOR", async (actor, tx) => {
      await discardWorkingCopy.unchecked({ ...(input as object), actor, tx });
      return null;
    }),
  );
}
