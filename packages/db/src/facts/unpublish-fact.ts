import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { assertRole } from "../permissions";
import { deliverRevalidations } from "../public-cache/deliver-revalidations";
import { ZUuid } from "../schemas/fact";
import { lockFact } from "./lock-fact";
import { withdrawPublication } from "./withdraw-publication";

/** Take a fact off the public site; its history and the log of what was public stay. */
export async function unpublishFact(options: { factId: string; actor: Actor }) {
  assertRole(options.actor, "REVIEWER");
  const factId = parseInput(ZUuid, options.factId);
  const result = await getDb().$transaction(async (tx) => {
    const fact = await lockFact(tx, factId);
    if (!fact.publishedRevisionId) return { factId, changed: false };
    await withdrawPublication(tx, fact, options.actor);
    await writeAuditEvent(tx, {
      actor: options.actor,
      factId,
      relationId: fact.relationId,
      event: { type: "fact.unpublished", payload: { revisionId: fact.publishedRevisionId } },
    });
    return { factId, changed: true };
  });
  await deliverRevalidations();
  return result;
}
