import type { Actor } from "../actor";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { lockFact } from "../facts/lock-fact";
import { publishFact } from "../facts/publish-fact";
import { assertNoBlockingFlags } from "../flags/publication-gate";
import { assertRole } from "../permissions";
import { deliverPending, pendingRevalidations } from "../public-cache/deliver-revalidations";
import { ZUuid } from "../schemas/fact";
import { assertPublishable, checkPublishRules, loadDraftContent } from "./load-draft-content";

/**
 * A reviewer approves and publishes a fact's latest draft (submitted or not: reviewers may
 * publish directly). It must be exactly the revision the reviewer read (else CONFLICT) and pass
 * the publish rules (else INVALID with the failures by field), and carry no open flag that says
 * it is wrong (else CONFLICT: flags/publication-gate.ts). The public site hears of it after
 * commit.
 */
export async function approveFact(options: {
  factId: string;
  expectedRevisionId: string;
  actor: Actor;
  /** See publishFact: publish a fact citing no followable source, with a reason. */
  overrideUnsourced?: { reason: string };
}) {
  assertRole(options.actor, "REVIEWER");
  const factId = parseInput(ZUuid, options.factId);
  const expectedRevisionId = parseInput(ZUuid, options.expectedRevisionId);
  const { pending, ...result } = await getDb().$transaction(async (tx) => {
    const fact = await lockFact(tx, factId, expectedRevisionId);
    // The flags first: fixing a field is pointless before the editor decided on the flag about it.
    await assertNoBlockingFlags(tx, factId);
    const { content, pair } = await loadDraftContent(tx, fact);
    assertPublishable(checkPublishRules(content, pair));
    const published = await publishFact({
      tx,
      factId,
      revisionId: expectedRevisionId,
      actor: options.actor,
      overrideUnsourced: options.overrideUnsourced,
    });
    return { ...published, pending: published.changed ? await pendingRevalidations(tx) : [] };
  });
  await deliverPending(pending);
  return result;
}
