import { randomUUID } from "node:crypto";
import type { Tx } from "../tx";
import { insertRows } from "./insert-rows";
import type { Anomaly } from "./types";

// The flags an import leaves for editors, shared by importArticle and acceptImportProposals so
// that both word them alike and neither adds the same open flag twice.

export interface NewFlag {
  factId: string;
  /** The revision a conflict is about (the hand-edited draft); null for an anomaly. */
  revisionId: string | null;
  rule: string;
  message: string;
  excerpt: string;
  spanStart?: number;
  spanEnd?: number;
  payload?: object;
}

/** The article changed a fact an editor changed by hand: the editor merges, the import does not. */
export function importConflictFlag(
  factId: string,
  currentRevisionId: string | null,
  proposed: object & { statement: string },
): NewFlag {
  return {
    factId,
    revisionId: currentRevisionId,
    rule: "IMPORT_CONFLICT",
    message: "The article changed this fact, but an editor changed it by hand: compare and merge",
    excerpt: proposed.statement,
    payload: { proposed },
  };
}

/** One flag per anomaly about a fact that exists (anomalies of no fact are only reported). */
export function anomalyFlags(anomalies: Anomaly[], factIdOf: (importKey: string) => string | undefined): NewFlag[] {
  return anomalies.flatMap((anomaly) => {
    const factId = anomaly.importKey ? factIdOf(anomaly.importKey) : undefined;
    if (!factId) return [];
    return [
      {
        factId,
        revisionId: null,
        rule: anomaly.rule,
        message: anomaly.message,
        excerpt: anomaly.excerpt,
        spanStart: anomaly.start,
        spanEnd: anomaly.end,
      },
    ];
  });
}

const flagKey = (f: { factId: string; rule: string; excerpt: string }) =>
  `${f.factId}\u0000${f.rule}\u0000${f.excerpt}`;

/**
 * Add flags, in order, except those already open (same fact, rule and excerpt), so that
 * re-importing an article flags each thing once. One read and one insert, whatever the count.
 */
export async function addFlagsOnce(tx: Tx, flags: NewFlag[]): Promise<void> {
  if (flags.length === 0) return;
  const open = await tx.factFlag.findMany({
    where: { resolvedAt: null, factId: { in: [...new Set(flags.map((f) => f.factId))] } },
    select: { factId: true, rule: true, excerpt: true },
  });
  const seen = new Set(open.map(flagKey));
  const fresh = flags.filter((f) => !seen.has(flagKey(f)) && seen.add(flagKey(f)));
  await insertRows(
    tx,
    "fact_flag",
    fresh.map((f) => ({ id: randomUUID(), ...f })),
  );
}
