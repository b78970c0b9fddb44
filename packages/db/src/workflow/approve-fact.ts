import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import type { Actor } from "../actor";
import { lockFact } from "../facts/lock-fact";
import { publishFact } from "../facts/publish-fact";
import { publishLocked } from "../facts/publish-locked";
import { openBlockingFlags, refuseBlockingFlags } from "../flags/publication-gate";
import { defineOperation, type ParsedInput } from "../lib/define-operation";
import { settledValue } from "../lib/settled-value";
import { revalidateAfterCommit } from "../public-cache/deliver-revalidations";
import type { AnyTx } from "../tx";
import { draftAuthors } from "./draft-authors";
import { checkFourEyes } from "./four-eyes";
import { assertPublishable, loadDraftContent } from "./load-draft-content";
import { checkPublishRules } from "./publish-rules";

const input = {
  factId: ZUuid,
  expectedRevisionId: ZUuid,
  /** See publishFact: publish a fact citing no followable source, with a reason. */
  overrideUnsourced: publishFact.input.overrideUnsourced,
  /** An admin's reason to approve their own draft. */
  selfApprovalReason: z.string().optional(),
  /** The deployment's DYAD_ALLOW_SELF_APPROVAL. */
  allowSelfApproval: z.boolean().optional(),
};

/**
 * A reviewer approves and publishes a fact's latest draft (submitted or not: reviewers may
 * publish directly). It must be exactly the revision the reviewer read (else CONFLICT) and pass
 * the publish rules (else INVALID with the failures by field), and carry no open flag that says
 * it is wrong (else CONFLICT: flags/publication-gate.ts). The fact is locked and its draft read
 * once; the publish itself is publishFact's (publishLocked). The public site hears of it after
 * the commit.
 *
 * Four eyes, as for a change-set (four-eyes.ts): nobody approves a draft they wrote since what is
 * public, unless the deployment allows it (`allowSelfApproval`, DYAD_ALLOW_SELF_APPROVAL) or an
 * admin gives `selfApprovalReason`; either is audited (fact.self_approved).
 */
export const approveFact = defineOperation({ minRole: "REVIEWER", input, run: approve });

/**
 * approveFact's work, in either transaction: the operation's, or the editor's approve on pg
 * (approve-fact-on-pg.ts), which checks the role and parses the input as the operation does.
 */
export async function approve(context: {
  tx: AnyTx;
  actor: Actor;
  input: ParsedInput<typeof input>;
  afterCommit(effect: () => Promise<unknown>): void;
}) {
  const { tx, actor, input } = context;
  const fact = await lockFact(tx, input.factId, input.expectedRevisionId);
  // The three reads go out together (one round trip on a pipelined connection, sql-transaction.ts)
  // and are judged in the order that decides the answer, as if read one after another.
  const [authors, flags, draft] = await Promise.allSettled([
    draftAuthors(tx, fact),
    openBlockingFlags(tx, fact.id),
    loadDraftContent(tx, fact),
  ]);
  // Whose draft it is comes first: nothing else matters if this reviewer may not approve it.
  const selfApproval = checkFourEyes({
    authors: settledValue(authors),
    actor,
    allowSelfApproval: input.allowSelfApproval === true,
    overrideReason: input.selfApprovalReason,
    what: "this draft",
  });
  // The flags first: fixing a field is pointless before the editor decided on the flag about it.
  refuseBlockingFlags(settledValue(flags));
  const { view, content, pair, redacted } = settledValue(draft);
  assertPublishable(checkPublishRules(content, pair));
  const published = await publishLocked(tx, {
    fact,
    revision: { id: view.revisionId, redacted, sources: view.sources },
    actor,
    overrideReason: input.overrideUnsourced?.reason,
    flagsChecked: true,
    // In the publish's own statement: audited only if it publishes, one round trip fewer.
    alsoAudit: selfApproval
      ? [{ type: "fact.self_approved", payload: { revisionId: view.revisionId, ...selfApproval } }]
      : [],
  });
  if (published.changed) revalidateAfterCommit(context);
  return published;
}
