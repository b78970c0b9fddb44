import { randomUUID } from "node:crypto";
import type { Anomaly, ArticleAnalysis } from "@dyad/importer";
import { suggestCorrections } from "@dyad/importer";
import { holdsPublication } from "../flags/publication-gate";
import type { Tx } from "../tx";
import { insertRows } from "./insert-rows";

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

/**
 * The proposed facts an anomaly is about: its own, and every other fact read from the sentence
 * that holds the flagged span (a sentence with two claims yields two facts, and both repeat the
 * flagged words, e.g. "an embassy in Armenia" in the seed's missions paragraph).
 */
export function concernedKeys(analysis: Pick<ArticleAnalysis, "blocks" | "facts">, anomaly: Anomaly): string[] {
  if (!anomaly.importKey) return [];
  const text = analysis.blocks[anomaly.blockIndex]?.text ?? "";
  const holdsSpan = (statement: string) => {
    const at = text.indexOf(statement);
    return at >= 0 ? at <= anomaly.start && anomaly.end <= at + statement.length : statement.includes(anomaly.excerpt);
  };
  const siblings = analysis.facts.filter(
    (f) => f.blockIndex === anomaly.blockIndex && f.importKey !== anomaly.importKey && holdsSpan(f.content.statement),
  );
  return [anomaly.importKey, ...siblings.map((f) => f.importKey)];
}

/** Import keys of the proposed facts that carry a flag holding publication (flags/publication-gate.ts). */
export function heldKeys(analysis: Pick<ArticleAnalysis, "blocks" | "facts" | "anomalies">): Set<string> {
  return new Set(analysis.anomalies.filter((a) => holdsPublication(a.rule)).flatMap((a) => concernedKeys(analysis, a)));
}

/**
 * One flag per anomaly and fact it concerns that exists (anomalies of no fact are only reported),
 * with the corrections that can be derived for that fact (suggest-corrections.ts) in its payload.
 */
export function anomalyFlags(
  analysis: Pick<ArticleAnalysis, "blocks" | "facts" | "anomalies" | "countryCodes">,
  factIdOf: (importKey: string) => string | undefined,
): NewFlag[] {
  return analysis.anomalies.flatMap((anomaly) =>
    concernedKeys(analysis, anomaly).flatMap((key) => {
      const factId = factIdOf(key);
      const fact = analysis.facts.find((f) => f.importKey === key);
      if (!factId || !fact) return [];
      const suggestions = suggestCorrections(anomaly, fact, analysis);
      return [
        {
          factId,
          revisionId: null,
          rule: anomaly.rule,
          message: anomaly.message,
          excerpt: anomaly.excerpt,
          spanStart: anomaly.start,
          spanEnd: anomaly.end,
          ...(suggestions.length > 0 ? { payload: { suggestions } } : {}),
        },
      ];
    }),
  );
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
