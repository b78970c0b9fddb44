import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { assertRole } from "../permissions";
import { ZUuid } from "../schemas/fact";
import { ZDismissReason } from "../schemas/suggestion";
import { closeFlag, loadOpenFlag } from "./open-flag";

/** Close a flag without changing the fact: the editor says why the fact is right as it is. */
export async function dismissFlag(options: { flagId: string; reason: unknown; actor: Actor }) {
  assertRole(options.actor, "EDITOR");
  const flagId = parseInput(ZUuid, options.flagId);
  const reason = parseInput(ZDismissReason, options.reason);
  return getDb().$transaction(async (tx) => {
    const flag = await loadOpenFlag(tx, flagId);
    await closeFlag(tx, flagId, options.actor.id);
    await writeAuditEvent(tx, {
      actor: options.actor,
      factId: flag.factId,
      relationId: flag.fact.relationId,
      event: { type: "flag.dismissed", payload: { flagId, rule: flag.rule, reason } },
    });
    return { flagId, factId: flag.factId };
  });
}
