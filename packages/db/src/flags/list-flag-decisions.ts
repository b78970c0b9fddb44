import { ZUuid } from "@dyad/core/schemas/fact";
import { defineOperation } from "../lib/define-operation";
import { ZAuditEvent } from "../schemas/audit";

const DECISIONS = ["flag.suggestion_applied", "flag.dismissed", "flag.resolved"];

export interface FlagDecision {
  at: string;
  actorName: string;
  rule: string;
  decision: "applied" | "dismissed" | "resolved";
  /** The suggestion applied, or the reason given for dismissing. */
  detail: string;
}

/** What editors decided on a fact's warnings, oldest first, for the fact's history. */
export const listFlagDecisions = defineOperation({
  minRole: "EDITOR",
  input: { factId: ZUuid },
  transaction: false,
  async run({ input: { factId }, tx: db }): Promise<FlagDecision[]> {
    const events = await db.auditEvent.findMany({
      where: { factId, type: { in: DECISIONS } },
      orderBy: { id: "asc" },
      select: { type: true, payload: true, at: true, actorName: true },
    });
    return events.flatMap((e): FlagDecision[] => {
      const event = ZAuditEvent.safeParse({ type: e.type, payload: e.payload });
      if (!event.success) return [];
      const base = { at: e.at.toISOString(), actorName: e.actorName };
      const { data } = event;
      if (data.type === "flag.suggestion_applied") {
        const { rule, kind, label } = data.payload;
        return [{ ...base, rule, decision: "applied", detail: `${kind}: ${label}` }];
      }
      if (data.type === "flag.dismissed") {
        return [{ ...base, rule: data.payload.rule, decision: "dismissed", detail: data.payload.reason }];
      }
      if (data.type === "flag.resolved") {
        return [{ ...base, rule: data.payload.rule, decision: "resolved", detail: "marked resolved" }];
      }
      return [];
    });
  },
});
