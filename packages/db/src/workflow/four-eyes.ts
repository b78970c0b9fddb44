import type { Actor } from "../actor";
import { AppError, parseInput } from "../errors";
import { ZSelfApprovalReason } from "../schemas/change-set";

/** How an approval by one of the work's own authors was let through: recorded in the audit log. */
export interface SelfApproval {
  /** The admin's reason, or null when the deployment allows self-approval. */
  reason: string | null;
  bySetting: boolean;
}

export interface FourEyesOptions {
  /** Who wrote what is approved (null: the importer or the seed, never an account). */
  authors: Iterable<string | null>;
  actor: Actor;
  /** The deployment's DYAD_ALLOW_SELF_APPROVAL. */
  allowSelfApproval: boolean;
  /** An admin's reason to approve their own work anyway. */
  overrideReason: string | undefined;
  /** What is approved, for the refusal: "this change-set", "this draft". */
  what: string;
}

/**
 * Four eyes, for change-sets and single drafts alike: nobody approves what they wrote, unless the
 * deployment allows it (a one-person deployment) or an admin gives a reason. Returns undefined
 * when someone else approves, else how the self-approval was allowed (the caller audits it);
 * refuses (FORBIDDEN, details.fourEyes) otherwise.
 */
export function checkFourEyes(options: FourEyesOptions): SelfApproval | undefined {
  const { actor } = options;
  if (actor.id === null || !new Set(options.authors).has(actor.id)) return undefined;
  if (options.allowSelfApproval) return { reason: null, bySetting: true };
  if (actor.role === "ADMIN" && options.overrideReason !== undefined && options.overrideReason.trim() !== "") {
    return { reason: parseInput(ZSelfApprovalReason, options.overrideReason), bySetting: false };
  }
  throw new AppError(
    "FORBIDDEN",
    `Someone else must approve ${options.what}: you made changes in it (four eyes). An administrator may override with a reason.`,
    { fourEyes: true },
  );
}
