import { ZUuid } from "@dyad/core/schemas/fact";
import { ZDismissReason } from "@dyad/core/schemas/suggestion";
import { z } from "zod";
import { writeAuditEvent } from "../audit/write-audit-event";
import { defineOperation } from "../lib/define-operation";
import { closeFlag, loadOpenFlag } from "./open-flag";

/** Close a flag without changing the fact: the editor says why the fact is right as it is. */
export const dismissFlag = defineOperation({
  minRole: "EDITOR",
  // Any value: the form sends whatever was typed (or nothing), and the reason's schema says what is wrong.
  input: { flagId: ZUuid, reason: z.unknown().pipe(ZDismissReason) },
  async run({ input: { flagId, reason }, actor, tx }) {
    const flag = await loadOpenFlag(tx, flagId);
    await closeFlag(tx, flagId, actor.id);
    await writeAuditEvent(tx, {
      actor,
      factId: flag.factId,
      relationId: flag.fact.relationId,
      event: { type: "flag.dismissed", payload: { flagId, rule: flag.rule, reason } },
    });
    return { flagId, factId: flag.factId };
  },
});
