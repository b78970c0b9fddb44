"use server";

import {
  type AnyTx,
  AppError,
  applySuggestion,
  approveFactOnPg,
  autosaveWorkingDraftOnPg,
  checkFactContent,
  clearWorkingCopy,
  clearWorkingDraft,
  createFact,
  deleteFact,
  discardWorkingDraft,
  dismissFlag,
  getFactForEditor,
  parseInput,
  recordIdempotent,
  redactFact,
  rejectFact,
  replayIdempotent,
  requestFingerprint,
  resolveFlag,
  restoreRevision,
  reviseFactOnPg,
  submitFact,
  unpublishFact,
  ZApplySuggestionInput,
  ZCheckFactInput,
  ZDismissFlagInput,
  ZNote,
  ZRedactInput,
  ZResolveFlagInput,
  ZRestoreInput,
  ZSaveFactInput,
  ZWorkflowInput,
  type z,
} from "@dyad/db";
import { revalidatePath } from "next/cache";
import { env } from "@/env";
import { type ActionResult, runAction } from "@/lib/action-result";
import { requireActionActor, type SignedInActor, withActionActor, withActionActorOnPg } from "@/lib/auth/session";
import { type ConflictInfo, loadConflict } from "./conflict";

// No revalidatePath in the actions whose form refreshes the page itself when they succeed (save,
// review steps, flags, takedown: router.refresh() or a full load): revalidatePath made Next render
// the whole fact page into the action's answer (about 17 reads each: 35 of the 68 statements of
// an edit-and-publish, BENCHMARKS.md "Edit-and-publish over HTTP"), which the client then threw
// away to render it again. router.refresh() also empties the client's router cache, so lists are fetched afresh.
// restoreAction keeps it: its form navigates to the fact page (router.push) instead of refreshing.

export type SaveResult = { factId: string; revisionId: string; changed: boolean } | { conflict: ConflictInfo };

/**
 * Create a fact or save a new revision. A save based on an old revision returns the merge view.
 * With the form's idempotency key, a retry of a save that was kept (its answer was lost) gets
 * that save's result instead of a second fact or a conflict with itself. One transaction (one
 * commit): the session check, the key's lookup, the save and the key's record. A new revision
 * (every save but a fact's first) runs on pg itself, no Prisma on the path (issue 21.4).
 */
export async function saveFactAction(input: z.input<typeof ZSaveFactInput>): Promise<ActionResult<SaveResult>> {
  return runAction(async () => {
    // The revision a refused save was based on, for the merge view (after the rollback).
    const revising: { base?: { factId: string; baseRevisionId: string; mine: unknown } } = {};
    // Which save it is, read leniently: the parse inside the transaction refuses bad input.
    const asked = input as { factId?: unknown; expectedRevisionId?: unknown } | null;
    try {
      if (!asked?.factId || !asked.expectedRevisionId) {
        return await withActionActor("EDITOR", (actor, tx) =>
          keyedSave(actor, tx, input, async ({ relationId, content, note }) => {
            const created = await createFact.unchecked({ relationId, content, note, actor, tx });
            // Created: the new-fact form's autosaved copy has served.
            await clearWorkingCopy(tx, actor.id, { form: "NEW_FACT", relationId, changeSetId: null });
            return { factId: created.factId, revisionId: created.revision.id, changed: true };
          }),
        );
      }
      return await withActionActorOnPg("EDITOR", (actor, tx) =>
        keyedSave(actor, tx, input, async ({ factId = "", expectedRevisionId = "", content, note }) => {
          revising.base = { factId, baseRevisionId: expectedRevisionId, mine: content };
          const saved = await reviseFactOnPg(tx, { factId, expectedRevisionId, content, note, actor });
          // Saved as a revision: the editor's autosaved working copy has served.
          await clearWorkingDraft(tx, { userId: actor.id, factId, changeSetId: null });
          return saved;
        }),
      );
    } catch (error) {
      if (!revising.base || !(error instanceof AppError) || error.code !== "CONFLICT") throw error;
      // Rare: the session is checked again for the merge view, outside the rolled-back save.
      const actor = await requireActionActor("EDITOR");
      return { conflict: await loadConflict({ ...revising.base, actor }) };
    }
  });
}

type SaveRequest = Omit<z.output<typeof ZSaveFactInput>, "idempotencyKey">;
type Saved = { factId: string; revisionId: string; changed: boolean };

/**
 * A save's steps around the write, in the save's transaction: the input parsed, a kept result
 * replayed for its idempotency key, the note checked, then `write`, and its result recorded
 * under the key.
 */
async function keyedSave(
  actor: SignedInActor,
  tx: AnyTx,
  input: unknown,
  write: (request: SaveRequest) => Promise<Saved>,
): Promise<SaveResult> {
  const { idempotencyKey, ...request } = parseInput(ZSaveFactInput, input);
  const idempotency = idempotencyKey
    ? { scope: `user:${actor.id}`, key: idempotencyKey, fingerprint: requestFingerprint(request) }
    : undefined;
  const replayed = await replayIdempotent<SaveResult>(idempotency, tx);
  if (replayed) return replayed;
  const noteCheck = ZNote.safeParse(request.note);
  if (!noteCheck.success) {
    const message = noteCheck.error.issues[0]?.message ?? "Say why you made this change";
    throw new AppError("INVALID", message, { issues: [{ path: "note", message }] });
  }
  const saved = await write(request);
  await recordIdempotent(tx, idempotency, saved);
  return saved;
}

/**
 * Autosave: keep what the form holds as the editor's working copy (not a revision, nothing
 * public moves). The form calls it a second or two after the typing starts. The session check
 * and the upsert commit once, on pg itself (issue 21.4).
 */
export async function autosaveFactAction(input: unknown): Promise<ActionResult<{ savedAt: string }>> {
  // `actor` comes last and the transaction is an argument of its own: a request naming them (a
  // hand-made call) cannot replace them.
  return runAction(() =>
    withActionActorOnPg("EDITOR", (actor, tx) => autosaveWorkingDraftOnPg(tx, { ...(input as object), actor })),
  );
}

/** Throw away the working copy: the form goes back to the saved draft. */
export async function discardWorkingDraftAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(() =>
    withActionActor("EDITOR", async (actor, tx) => {
      await discardWorkingDraft.unchecked({ ...(input as object), actor, tx });
      return null;
    }),
  );
}

/** Live check while typing: problems by field and the public preview. Writes nothing. */
export async function checkFactAction(relationId: string, content: unknown) {
  return runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    const input = parseInput(ZCheckFactInput, { relationId, content });
    return checkFactContent({ ...input, actor });
  });
}

type Step = z.infer<typeof ZWorkflowInput>["step"];

/** The review workflow's buttons. Each op checks the role itself; the session check is here. */
export async function workflowAction(input: {
  step: Step;
  factId: string;
  expectedRevisionId: string;
  reason?: string;
  selfApprovalReason?: string;
}): Promise<ActionResult<{ step: Step }>> {
  // Who may act depends on the step: read it leniently first, so a caller without a session
  // hears "sign in" before "invalid input".
  const asked = (input as { step?: unknown } | null)?.step;
  // The session check and the step commit once (withActionActor); the public site hears of a
  // publish after that commit, without the reviewer waiting (the operation's afterCommit). The
  // approve, the hottest step, runs on pg itself, no Prisma on the path (issue 21.4).
  if (asked === "approve") {
    return runAction(() =>
      withActionActorOnPg("REVIEWER", async (actor, tx, afterCommit) => {
        const {
          step,
          factId,
          expectedRevisionId = "",
          reason = "",
          selfApprovalReason,
        } = parseInput(ZWorkflowInput, input);
        // A reason with an approval is the reviewer's explicit override for a fact citing no
        // source readers can follow (publishFact audits it); without one, such a fact is refused.
        const overrideUnsourced = reason.trim() ? { reason } : undefined;
        await approveFactOnPg(
          tx,
          {
            factId,
            expectedRevisionId,
            actor,
            overrideUnsourced,
            selfApprovalReason: selfApprovalReason?.trim() || undefined,
            allowSelfApproval: env().DYAD_ALLOW_SELF_APPROVAL === "true",
          },
          afterCommit,
        );
        return { step };
      }),
    );
  }
  return runAction(() =>
    withActionActor(asked === "submit" ? "EDITOR" : "REVIEWER", async (actor, tx) => {
      const parsed = parseInput(ZWorkflowInput, input);
      const { step, factId, expectedRevisionId = "", reason = "" } = parsed;
      if (step === "submit") await submitFact({ factId, expectedRevisionId, actor, tx });
      if (step === "reject") await rejectFact({ factId, expectedRevisionId, reason, actor, tx });
      if (step === "unpublish") await unpublishFact({ factId, actor, tx });
      if (step === "delete") await deleteFact({ factId, actor, tx });
      return { step };
    }),
  );
}

export async function resolveFlagAction(input: { flagId: string; factId: string }): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    const { flagId } = parseInput(ZResolveFlagInput, input);
    await resolveFlag({ flagId, actor });
    return null;
  });
}

/** Apply one of a flag's suggested corrections; a merge answers with the fact that was kept. */
export async function applySuggestionAction(input: {
  flagId: string;
  factId: string;
  index: number;
}): Promise<ActionResult<{ mergedIntoFactId: string | null }>> {
  return runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    const { flagId, index } = parseInput(ZApplySuggestionInput, input);
    const applied = await applySuggestion({ flagId, index, actor });
    return { mergedIntoFactId: applied.mergedIntoFactId ?? null };
  });
}

export async function dismissFlagAction(input: {
  flagId: string;
  factId: string;
  reason: string;
}): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    const { flagId, reason } = parseInput(ZDismissFlagInput, input);
    await dismissFlag({ flagId, reason, actor });
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
    const parsed = parseInput(ZRestoreInput, input);
    const { revision } = await restoreRevision({ ...parsed, actor });
    revalidatePath(`/facts/${parsed.factId}`);
    return { revisionId: revision.id };
  });
}

/** The page's current state, for a client that needs to refresh its base after a conflict. */
export async function reloadFactAction(factId: string) {
  return runAction(async () => getFactForEditor({ factId, actor: await requireActionActor("EDITOR") }));
}

/**
 * Takedown: withdraw a fact's text from public view (admins only; redactFact checks the role
 * too). The form asks for a public reason and an explicit confirmation.
 */
export async function redactAction(input: z.input<typeof ZRedactInput>): Promise<ActionResult<{ revisions: number }>> {
  return runAction(async () => {
    const actor = await requireActionActor("ADMIN");
    const { factId, reason } = parseInput(ZRedactInput, input);
    const { revisions } = await redactFact({ factId, reason, actor });
    return { revisions };
  });
}
