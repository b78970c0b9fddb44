import { lockFact } from "../facts/lock-fact";
import { publishFact } from "../facts/publish-fact";
import { publishLocked } from "../facts/publish-locked";
import { assertNoBlockingFlags } from "../flags/publication-gate";
import { defineOperation } from "../lib/define-operation";
import { revalidateAfterCommit } from "../public-cache/deliver-revalidations";
import { ZUuid } from "../schemas/fact";
import { assertPublishable, loadDraftContent } from "./load-draft-content";
import { checkPublishRules } from "./publish-rules";

/**
 * A reviewer approves and publishes a fact's latest draft (submitted or not: reviewers may
 * publish directly). It must be exactly the revision the reviewer read (else CONFLICT) and pass
 * the publish rules (else INVALID with the failures by field), and carry no open flag that says
 * it is wrong (else CONFLICT: flags/publication-gate.ts). The fact is locked and its draft read
 * once; the publish itself is publishFact's (publishLocked). The public site hears of it after
 * the commit.
 */
export const approveFact = defineOperation({
  minRole: "REVIEWER",
  input: {
    factId: ZUuid,
    expectedRevisionId: ZUuid,
    /** See publishFact: publish a fact citing no followable source, with a reason. */
    overrideUnsourced: publishFact.input.overrideUnsourced,
  },
  async run(context) {
    const { tx, actor, input } = context;
    const fact = await lockFact(tx, input.factId, input.expectedRevisionId);
    // The flags first: fixing a field is pointless before the editor decided on the flag about it.
    await assertNoBlockingFlags(tx, fact.id);
    const { view, content, pair, redacted } = await loadDraftContent(tx, fact);
    assertPublishable(checkPublishRules(content, pair));
    const published = await publishLocked(tx, {
      fact,
      revision: { id: view.revisionId, redacted, sources: view.sources },
      actor,
      overrideReason: input.overrideUnsourced?.reason,
      flagsChecked: true,
    });
    if (published.changed) revalidateAfterCommit(context);
    return published;
  },
});
