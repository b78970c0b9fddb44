// Inputs of the change-set operations (packages/db/src/change-sets), shared by the editor's forms.
import { z } from "zod";

export const ZChangeSetTitle = z.string().trim().min(3, "Give the change-set a title").max(200);
export const ZChangeSetDescription = z.string().trim().max(5000).default("");
export const REVIEW_DECISIONS = ["APPROVED", "CHANGES_REQUESTED", "COMMENT"] as const;
export const ZReviewDecision = z.enum(REVIEW_DECISIONS);
export const ZReviewComment = z.string().trim().max(2000).default("");
export const ZSelfApprovalReason = z
  .string()
  .trim()
  .min(10, "Say why you approve your own changes (at least 10 characters)")
  .max(1000);

export const ZOpenChangeSetInput = z.object({ title: z.string(), description: z.string().optional() });
export const ZReviewChangeSetInput = z.object({
  changeSetId: z.string(),
  decision: ZReviewDecision,
  itemIds: z.array(z.string()).max(1000).optional(),
  comment: z.string().optional(),
  overrideReason: z.string().optional(),
});
/** An instant to publish at; absent or not in the future: now. */
export const ZPublishAt = z.iso.datetime({ offset: true, message: "Give the date and time to publish at" });
