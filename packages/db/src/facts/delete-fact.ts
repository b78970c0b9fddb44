import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { assertRole } from "../permissions";
import { deliverRevalidations } from "../public-cache/deliver-revalidations";
import { ZUuid } from "../schemas/fact";
import { lockFact } from "./lock-fact";
import { withdrawPublication } from "./withdraw-publication";

/**
 * Delete a fact: it leaves the public site and the editors' lists, but every revision and
 * every publication stays, so history and past "as of" views are unchanged.
 */
export async function deleteFact(options: { factId: string; actor: Actor }) {
  assertRole(options.actor, "REVIEWER");
  const factId = parseInput(ZUuid, options.factId);
  const result = await getDb().$transaction(async (tx) => {
    const fact = await lockFact(tx, factId);
    const wasPublished = fact.publishedRevisionId !== null;
    if (wasPublished) await withdrawPublication(tx, fact, options.actor);
    await tx.fact.update({ where: { id: factId }, data: { deletedAt: new Date() } });
    await writeAuditEvent(tx, {
      actor: options.actor,
      factId,
      relationId: fact.relationId,
      event: { type: "fact.deleted", payload: { wasPublished } },
    });
    return { factId };
  });
  await deliverRevalidations();
  return result;
}
