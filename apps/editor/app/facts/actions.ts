"use server";

import {
  AppError,
  approveFact,
  checkFactContent,
  createFact,
  deleteFact,
  getFactForEditor,
  parseInput,
  rejectFact,
  resolveFlag,
  restoreRevision,
  reviseFact,
  submitFact,
  unpublishFact,
  ZNote,
  z,
} from "@dyad/db";
import { revalidatePath } from "next/cache";
import { type ActionResult, runAction } from "../../lib/action-result";
import { requireActionActor } from "../../lib/auth/session";
import { type ConflictInfo, loadConflict } from "./conflict";

const ZSave = z.object({
  relationId: z.string(),
  factId: z.string().optional(),
  expectedRevisionId: z.string().optional(),
  content: z.unknown(),
  note: z.string(),
});

export type SaveResult = { factId: string; revisionId: string; changed: boolean } | { conflict: ConflictInfo };

/** Create a fact or save a new revision. A save based on an old revision returns the merge view. */
export async function saveFactAction(input: z.input<typeof ZSave>): Promise<ActionResult<SaveResult>> {
  return runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    const { relationId, factId, expectedRevisionId, content, note } = parseInput(ZSave, input);
    const noteCheck = ZNote.safeParse(note);
    if (!noteCheck.success) {
      const message = noteCheck.error.issues[0]?.message ?? "Say why you made this change";
      throw new AppError("INVALID", message, { issues: [{ path: "note", message }] });
    }
    if (!factId || !expectedRevisionId) {
      const created = await createFact({ relationId, content: content as never, note, actor });
      return { factId: created.factId, revisionId: created.revision.id, changed: true };
    }
    try {
      const saved = await reviseFact({ factId, expectedRevisionId, content: content as never, note, actor });
      revalidatePath(`/facts/${factId}`);
      return { factId, revisionId: saved.revision.id, changed: saved.changed };
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "CONFLICT") throw error;
      return { conflict: await loadConflict({ factId, baseRevisionId: expectedRevisionId, mine: content, actor }) };
    }
  });
}

/** Live check while typing: problems by field and the public preview. Writes nothing. */
export async function checkFactAction(relationId: string, content: unknown) {
  return runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    return checkFactContent({ relationId, content, actor });
  });
}

const ZStep = z.enum(["submit", "approve", "reject", "unpublish", "delete"]);
type Step = z.infer<typeof ZStep>;

/** The review workflow's buttons. Each op checks the role itself; the session check is here. */
export async function workflowAction(input: {
  step: Step;
  factId: string;
  expectedRevisionId: string;
  reason?: string;
}): Promise<ActionResult<{ step: Step }>> {
  return runAction(async () => {
    const step = parseInput(ZStep, input.step);
    const actor = await requireActionActor(step === "submit" ? "EDITOR" : "REVIEWER");
    const { factId, expectedRevisionId } = input;
    if (step === "submit") await submitFact({ factId, expectedRevisionId, actor });
    if (step === "approve") await approveFact({ factId, expectedRevisionId, actor });
    if (step === "reject") await rejectFact({ factId, expectedRevisionId, reason: input.reason ?? "", actor });
    if (step === "unpublish") await unpublishFact({ factId, actor });
    if (step === "delete") await deleteFact({ factId, actor });
    revalidatePath(`/facts/${factId}`);
    return { step };
  });
}

export async function resolveFlagAction(input: { flagId: string; factId: string }): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    await resolveFlag({ flagId: input.flagId, actor });
    revalidatePath(`/facts/${input.factId}`);
    return null;
  });
}

export async function restoreAction(input: {
  factId: string;
  revisionId: string;
  expectedRevisionId: string;
  note: string;
}): Promise<ActionResult<{ revisionId: string }>> {
  return runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    const { revision } = await restoreRevision({ ...input, actor });
    revalidatePath(`/facts/${input.factId}`);
    return { revisionId: revision.id };
  });
}

/** The page's current state, for a client that needs to refresh its base after a conflict. */
export async function reloadFactAction(factId: string) {
  return runAction(async () => getFactForEditor({ factId, actor: await requireActionActor("EDITOR") }));
}
