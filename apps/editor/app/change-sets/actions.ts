"use server";

import {
  clearWorkingCopy,
  mergeStaleChange,
  openChangeSet,
  parseInput,
  publishChangeSet,
  revertChangeSet,
  reviewChangeSet,
  stageFactEdit,
  stageSummaryEdit,
  stageWithdrawal,
  submitChangeSet,
  ZActionForm,
  ZReviewDecision,
  z,
} from "@dyad/db";
import { revalidatePath } from "next/cache";
import { env } from "@/env";
import { type ActionResult, field, runAction } from "@/lib/action-result";
import { requireActionActor, withActionActor } from "@/lib/auth/session";

type FormAction<T = string> = (previous: unknown, input: FormData) => Promise<ActionResult<T>>;

const done = (id: string, message: string) => {
  revalidatePath(`/change-sets/${id}`);
  revalidatePath("/change-sets");
  return message;
};

export const openChangeSetAction: FormAction<{ id: string }> = async (_, input) =>
  runAction(async () => {
    const form = parseInput(ZActionForm, input);
    const set = await withActionActor("EDITOR", async (actor, tx) => {
      const opened = await openChangeSet({
        title: field(form, "title"),
        description: field(form, "description"),
        actor,
        tx,
      });
      // Opened: the form's autosaved copy has served.
      await clearWorkingCopy(tx, actor.id, { form: "OPEN_CHANGE_SET" });
      return opened;
    });
    revalidatePath("/change-sets");
    return { id: set.id };
  });

export const submitChangeSetAction: FormAction = async (_, input) =>
  runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    const id = field(parseInput(ZActionForm, input), "changeSetId");
    await submitChangeSet({ changeSetId: id, actor });
    return done(id, "Submitted for review.");
  });

export const reviewChangeSetAction: FormAction = async (_, input) =>
  runAction(async () => {
    const form = parseInput(ZActionForm, input);
    const decision = parseInput(ZReviewDecision, field(form, "decision"));
    const actor = await requireActionActor(decision === "COMMENT" ? "EDITOR" : "REVIEWER");
    const id = field(form, "changeSetId");
    const itemId = field(form, "itemId");
    const result = await reviewChangeSet({
      changeSetId: id,
      decision,
      itemIds: itemId ? [itemId] : undefined,
      comment: field(form, "comment"),
      overrideReason: field(form, "overrideReason") || undefined,
      allowSelfApproval: env().DYAD_ALLOW_SELF_APPROVAL === "true",
      actor,
    });
    const said = { APPROVED: "Approved", CHANGES_REQUESTED: "Changes requested", COMMENT: "Comment kept" }[decision];
    return done(id, result.state === "APPROVED" ? `${said}: the change-set is approved.` : `${said}.`);
  });

/** "Publish now", or with a date and time (UTC, as the editor shows every instant) "Schedule". */
export const publishChangeSetAction: FormAction = async (_, input) =>
  runAction(async () => {
    const actor = await requireActionActor("REVIEWER");
    const form = parseInput(ZActionForm, input);
    const id = field(form, "changeSetId");
    const local = field(form, "at");
    const at = local ? `${local.length === 16 ? `${local}:00` : local}Z` : undefined;
    const result = await publishChangeSet({ changeSetId: id, at, actor });
    return done(id, result.publishedAt ? "Published: every change is public now." : "Scheduled.");
  });

export const revertChangeSetAction: FormAction = async (_, input) =>
  runAction(async () => {
    const actor = await requireActionActor("REVIEWER");
    const id = field(parseInput(ZActionForm, input), "changeSetId");
    await revertChangeSet({ changeSetId: id, actor });
    return done(id, "Reverted: the public sees what it saw before.");
  });

export const mergeChangeAction: FormAction = async (_, input) =>
  runAction(async () => {
    const actor = await requireActionActor("REVIEWER");
    const form = parseInput(ZActionForm, input);
    const id = field(form, "changeSetId");
    const choices: Record<string, "mine" | "theirs"> = {};
    for (const [key, value] of form.entries()) {
      if (key.startsWith("choice:") && (value === "mine" || value === "theirs")) choices[key.slice(7)] = value;
    }
    await mergeStaleChange({ changeSetId: id, itemId: field(form, "itemId"), choices, actor });
    return done(id, "Merged: approve the merged change again.");
  });

export const stageSummaryAction: FormAction = async (_, input) =>
  runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    const form = parseInput(ZActionForm, input);
    const id = field(form, "changeSetId");
    await stageSummaryEdit({
      changeSetId: id,
      relationId: field(form, "relationId"),
      summary: String(form.get("summary") ?? ""),
      actor,
    });
    return done(id, "Summary saved in the change-set.");
  });

export const stageWithdrawalAction: FormAction = async (_, input) =>
  runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    const form = parseInput(ZActionForm, input);
    const id = field(form, "changeSetId");
    await stageWithdrawal({
      changeSetId: id,
      factId: field(form, "factId"),
      note: field(form, "note") || "Withdrawn",
      compete: field(form, "compete") === "true",
      actor,
    });
    return done(id, "Withdrawal saved in the change-set.");
  });

const ZStageInput = z.object({
  changeSetId: z.string(),
  relationId: z.string(),
  factId: z.string().optional(),
  content: z.unknown(),
  note: z.string(),
  compete: z.boolean().optional(),
});

/** The fact form's save inside a change-set (components/fact-editor/fact-editor.tsx). */
export async function stageFactAction(input: z.input<typeof ZStageInput>) {
  return runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    const { changeSetId, relationId, factId, content, note, compete } = parseInput(ZStageInput, input);
    // Unchecked: stageFactEdit parses the content with the fact kind's schema.
    const staged = await stageFactEdit.unchecked({
      changeSetId,
      relationId,
      factId,
      content,
      note,
      compete,
      actor,
    });
    done(changeSetId, "");
    return { factId: staged.factId, revisionId: staged.revisionId, changed: staged.changed };
  });
}
