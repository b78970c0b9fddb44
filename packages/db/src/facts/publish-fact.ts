import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { AppError } from "../errors";
import { defineOperation } from "../lib/define-operation";
import { revalidateAfterCommit } from "../public-cache/deliver-revalidations";
import { lockFact } from "./lock-fact";
import { type PublishableRevision, publishLocked } from "./publish-locked";

const ZOverrideUnsourced = z.object({
  reason: z.string().trim().min(3, "Say why this fact may be published without a source readers can follow").max(500),
});

/**
 * Make a revision (by default the latest draft) what the public sees, and append it to the
 * publication log so that "as of" reads stay exact for every later instant. A fact with an open
 * flag that says it is wrong is refused (CONFLICT) until an editor decides: flags/publication-gate.ts;
 * so is a revision citing no source a reader can follow, unless a reviewer overrides it with a
 * reason (audited as fact.published_unsourced). The site hears of it after the commit
 * (revalidateAfterCommit); inside a caller's transaction, when that transaction commits.
 */
export const publishFact = defineOperation({
  minRole: "REVIEWER",
  input: {
    factId: ZUuid,
    revisionId: ZUuid.optional(),
    /** Publish a revision that cites no source a reader can follow, for this reason (audited). */
    overrideUnsourced: ZOverrideUnsourced.optional(),
  },
  async run(context) {
    const { tx, actor, input } = context;
    const fact = await lockFact(tx, input.factId);
    const revisionId = input.revisionId ?? fact.currentRevisionId;
    const found = revisionId
      ? await tx.factRevision.findUnique({
          where: { id: revisionId },
          select: {
            id: true,
            factId: true,
            redaction: { select: { at: true } },
            sources: { select: { source: { select: { url: true } } } },
          },
        })
      : null;
    if (!found || found.factId !== fact.id) throw new AppError("INVALID", "That revision is not one of this fact's");
    const revision: PublishableRevision = {
      id: found.id,
      redacted: found.redaction !== null,
      sources: found.sources.map((c) => c.source),
    };
    const published = await publishLocked(tx, {
      fact,
      revision,
      actor,
      overrideReason: input.overrideUnsourced?.reason,
    });
    if (published.changed) revalidateAfterCommit(context);
    return published;
  },
});
