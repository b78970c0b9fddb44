import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import { defineOperation } from "../lib/define-operation";
import { hasRole, roleRefusal } from "../permissions";
import { ZReviewChangeSetInput, ZReviewComment, ZReviewDecision } from "../schemas/change-set";
import type { Tx } from "../tx";
import { checkFourEyes } from "../workflow/four-eyes";
import { lockChangeSet } from "./lock-change-set";

/**
 * A reviewer approves or requests changes on some of a change-set's items (`itemIds`) or all of
 * them, or anyone comments; every decision and comment is kept (change_set_review, insert only).
 * The change-set is APPROVED once every item is, CHANGES_REQUESTED as soon as one item is sent back.
 *
 * Four eyes (workflow/four-eyes.ts, as for a single draft): whoever opened or edited the
 * change-set may not approve it, unless the deployment allows it (`allowSelfApproval`,
 * DYAD_ALLOW_SELF_APPROVAL) or an admin overrides with a reason; both are audited.
 */
export const reviewChangeSet = defineOperation({
  minRole: "EDITOR",
  input: {
    changeSetId: ZUuid,
    decision: ZReviewDecision,
    itemIds: ZReviewChangeSetInput.shape.itemIds,
    comment: ZReviewComment,
    overrideReason: z.string().optional(),
    allowSelfApproval: z.boolean().optional(),
  },
  async run({ input, actor, tx }) {
    const { comment } = input;
    // Anyone may comment; only reviewers decide.
    if (input.decision !== "COMMENT" && !hasRole(actor, "REVIEWER")) throw roleRefusal("REVIEWER");
    if (input.decision === "CHANGES_REQUESTED" && !comment) {
      throw new AppError("INVALID", "comment: say what the editors should change", {
        issues: [{ path: "comment", message: "Say what the editors should change" }],
      });
    }
    if (input.decision === "COMMENT" && !comment) throw new AppError("INVALID", "comment: write a comment");
    const set = await lockChangeSet(
      tx,
      input.changeSetId,
      input.decision === "COMMENT" ? undefined : ["SUBMITTED", "APPROVED", "SCHEDULED", "HELD"],
    );
    const items = await tx.changeSetItem.findMany({ where: { changeSetId: set.id } });
    const chosen = input.itemIds ? items.filter((i) => input.itemIds?.includes(i.id)) : items;
    if (input.itemIds && chosen.length !== input.itemIds.length) {
      throw new AppError("INVALID", "Some of those changes are not in this change-set");
    }
    const selfApproval =
      input.decision === "APPROVED"
        ? checkFourEyes({
            authors: await changeSetAuthors(tx, set, items),
            actor,
            allowSelfApproval: input.allowSelfApproval === true,
            overrideReason: input.overrideReason,
            what: "this change-set",
          })
        : undefined;
    const itemIds = input.itemIds ? chosen.map((i) => i.id) : null;
    await tx.changeSetReview.createMany({
      data: (itemIds ?? [null]).map((itemId) => ({
        changeSetId: set.id,
        itemId,
        decision: input.decision,
        comment,
        actorId: actor.id,
        actorName: actor.name,
      })),
    });
    let state = set.state;
    if (input.decision !== "COMMENT") {
      await tx.changeSetItem.updateMany({
        where: { id: { in: chosen.map((i) => i.id) } },
        data: { reviewState: input.decision },
      });
      const after = items.map((i) => (chosen.includes(i) ? input.decision : i.reviewState));
      state = after.includes("CHANGES_REQUESTED")
        ? "CHANGES_REQUESTED"
        : after.every((s) => s === "APPROVED")
          ? set.state === "SCHEDULED" || set.state === "HELD"
            ? set.state
            : "APPROVED"
          : "SUBMITTED";
      // Sending back a scheduled change-set unschedules it.
      await tx.changeSet.update({
        where: { id: set.id },
        data: { state, ...(state === "CHANGES_REQUESTED" ? { scheduledAt: null, stateNote: null } : {}) },
      });
    }
    await writeAuditEvent(tx, {
      actor: actor,
      event: {
        type: "change_set.reviewed",
        payload: { changeSetId: set.id, decision: input.decision, itemIds, comment, selfApproval },
      },
    });
    return { changeSetId: set.id, state };
  },
});

/** Everyone who wrote in the change-set: its opener, each item's editor, every proposal's author. */
async function changeSetAuthors(
  tx: Tx,
  set: { id: string; authorId: string | null },
  items: { editedById: string | null }[],
) {
  // Every revision written for the set counts too: an editor whose proposal was replaced still wrote it.
  // A reviewer's merge at review only combines proposals others wrote: it does not count.
  const events = await tx.auditEvent.findMany({
    where: { type: "change_set.changed", payload: { path: ["changeSetId"], equals: set.id } },
    select: { actorId: true, payload: true },
  });
  const authors = events.filter((e) => (e.payload as { action?: string }).action !== "MERGE").map((e) => e.actorId);
  return [set.authorId, ...items.map((i) => i.editedById), ...authors];
}
