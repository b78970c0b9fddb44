// Inputs of the editor app's server actions (apps/editor/app/**/actions.ts). A server action is
// a public HTTP endpoint: anyone can call it with any arguments, of any type and number, so each
// action parses what it was given with one of these before touching it. A wrong shape is an
// INVALID result naming the field, never a crash (which the action would answer as INTERNAL).
// The values inside (ids, content, notes) are then validated by the domain operations.

import { ZIdempotencyKey } from "@dyad/api-contract";
import { z } from "zod";

/** The FormData a form action receives (a form's fields); anything else is refused. */
export const ZActionForm = z.instanceof(FormData, { message: "Send the form's fields" });

export const ZSaveFactInput = z.object({
  relationId: z.string(),
  factId: z.string().optional(),
  expectedRevisionId: z.string().optional(),
  content: z.unknown(),
  note: z.string(),
  /** The same key for the retry of one save (the form keeps it until an answer arrives). */
  idempotencyKey: ZIdempotencyKey.optional(),
});

export const WORKFLOW_STEPS = ["submit", "approve", "reject", "unpublish", "delete"] as const;
export const ZWorkflowInput = z.object({
  step: z.enum(WORKFLOW_STEPS),
  factId: z.string(),
  /** The revision the page showed (submit, approve and reject act on exactly that one). */
  expectedRevisionId: z.string().optional(),
  reason: z.string().optional(),
  /** An admin's reason to approve their own draft (four eyes). */
  selfApprovalReason: z.string().optional(),
});

export const ZResolveFlagInput = z.object({ flagId: z.string(), factId: z.string() });

export const ZRestoreInput = z.object({
  factId: z.string(),
  revisionId: z.string(),
  expectedRevisionId: z.string(),
  note: z.string(),
});

/** A takedown from the fact page: the admin confirmed it knowing it cannot be undone. */
export const ZRedactInput = z.object({
  factId: z.string(),
  reason: z.string(),
  confirmed: z.literal(true, { message: "Confirm that the text is withdrawn for good" }),
});

export const ZCheckFactInput = z.object({ relationId: z.string(), content: z.unknown() });

export const ZImportTextInput = z.string({ message: "Paste or upload an article first" });

export const ZAcceptImportInput = z.object({
  text: z.string(),
  proposals: z.unknown(),
  origin: z.unknown().optional(),
});
