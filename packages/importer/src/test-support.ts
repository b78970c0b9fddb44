import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ZFactContent } from "@dyad/core/schemas/fact";
import type { FactKind } from "@dyad/core/schemas/fact-data";
import type { DataOf } from "./candidate";
import { withoutCitationMarkers } from "./citation-markers";
import { geonames } from "./geonames";
import { isReferenceBlock } from "./references";
import { isNavigation } from "./related-links";
import { splitSentences } from "./sentences";
import type { ArticleAnalysis, ProposedFact } from "./types";

// Shared by the analyzer's tests: reading the seed and fixtures, picking facts by kind, and the
// checks every analysis must pass whatever the article (schema-valid, unique keys, nothing dropped).

// The gazetteer loads on first use (1-3 s, far more on a busy machine): load it while the test
// file loads, so that no single test's time limit pays for it.
geonames();

export const readArticle = (relative: string) =>
  readFileSync(fileURLToPath(new URL(relative, import.meta.url)), "utf8");
export const SEED_PATH = "../../../data/azerbaijan-canada.txt";

export type FactOf<K extends FactKind> = ProposedFact & { content: { kind: K; data: DataOf<K> } };

export function factsOf<K extends FactKind>(analysis: ArticleAnalysis, kind: K): FactOf<K>[] {
  return analysis.facts.filter((f) => f.content.kind === kind) as FactOf<K>[];
}

export function countByKind(analysis: ArticleAnalysis): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of analysis.facts) counts[f.content.kind] = (counts[f.content.kind] ?? 0) + 1;
  return counts;
}

const SOURCE_ID = "7b0e1c8e-4a52-4f5e-9d0a-2f1a3b4c5d6e";

/** Problems that break the importer's contract; an empty list means the analysis is sound. */
export function contractProblems(analysis: ArticleAnalysis): string[] {
  const problems: string[] = [];
  const keys = analysis.facts.map((f) => f.importKey);
  for (const key of new Set(keys))
    if (keys.indexOf(key) !== keys.lastIndexOf(key)) problems.push(`duplicate key ${key}`);
  for (const f of analysis.facts) {
    const parsed = ZFactContent.safeParse({ ...f.content, sources: [{ sourceId: SOURCE_ID, locator: "x" }] });
    if (!parsed.success)
      problems.push(`${f.importKey}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  }
  for (const a of analysis.anomalies) {
    const block = analysis.blocks[a.blockIndex];
    if (!block || block.text.slice(a.start, a.end) !== a.excerpt)
      problems.push(`anomaly ${a.rule} excerpt does not match its span`);
    if (a.importKey && !keys.includes(a.importKey)) problems.push(`anomaly ${a.rule} names unknown key ${a.importKey}`);
  }
  // Never drop content: every sentence of every block is in a statement of that block's facts,
  // except navigation, which is in the relation's links.
  for (const block of analysis.blocks) {
    if (isReferenceBlock(block)) continue; // read into analysis.references
    if (isNavigation(block)) {
      if (!analysis.relatedLinks.some((l) => block.text.includes(l.title)))
        problems.push(`dropped link: "${block.text}"`);
      continue;
    }
    const statements = analysis.facts.filter((f) => f.blockIndex === block.index).map((f) => f.content.statement);
    for (const s of splitSentences(block.text)) {
      // Citation markers go into the fact's references, not its text (citation-markers.ts).
      const sentence = withoutCitationMarkers(block.text.slice(s.start, s.end).trim());
      if (!statements.some((st) => st.includes(sentence))) problems.push(`dropped: "${sentence}"`);
    }
  }
  return problems;
}
