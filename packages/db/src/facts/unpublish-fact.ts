import { ZUuid } from "@dyad/core/schemas/fact";
import { writeAuditEvent } from "../audit/write-audit-event";
import { defineOperation } from "../lib/define-operation";
import { revalidateAfterCommit } from "../public-cache/deliver-revalidations";
import { lockFact } from "./lock-fact";
import { withdrawPublication } from "./withdraw-publication";

/** Take a fact off the public site; its history and the log of what was public stay. */
export const unpublishFact = defineOperation({
  minRole: "REVIEWER",
  input: { factId: ZUuid },
  async run(context) {
    const {
      input: { factId },
      actor,
      tx,
    } = context;
    const fact = await lockFact(tx, factId);
    if (!fact.publishedRevisionId) return { factId, changed: false };
    await withdrawPublication(tx, fact, actor);
    await writeAuditEvent(tx, {
      actor,
      factId,
      relationId: fact.relationId,
      event: { type: "fact.unpublished", payload: { revisionId: fact.publishedRevisionId } },
    });
    revalidateAfterCommit(context);
    return { factId, changed: true };
  },
});
