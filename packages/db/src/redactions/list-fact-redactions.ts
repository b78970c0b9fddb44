import { ZUuid } from "@dyad/core/schemas/fact";
import { getDb } from "../client";
import { parseInput } from "../errors";

/** A fact's takedowns for the editor: which revisions, when, by whom, why (editors see it exists). */
export async function listFactRedactions(options: { factId: string }) {
  const factId = parseInput(ZUuid, options.factId);
  const rows = await getDb().redaction.findMany({
    where: { factId },
    select: { revisionId: true, at: true, actorName: true, reason: true, revision: { select: { number: true } } },
    orderBy: [{ at: "asc" }, { revision: { number: "asc" } }],
  });
  return rows.map((r) => ({
    revisionId: r.revisionId,
    number: r.revision.number,
    at: r.at.toISOString(),
    actorName: r.actorName,
    reason: r.reason,
  }));
}
