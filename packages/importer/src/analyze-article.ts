import { ZFactContent } from "@dyad/core/schemas/fact";
import { collectAnomalies, markDuplicateAgreements } from "./anomaly-rules";
import { withoutCitationMarkers } from "./citation-markers";
import { type Draft, extractFacts } from "./extract-facts";
import { assignImportKeys } from "./import-keys";
import { assertReadableText, parseArticle } from "./parse-article";
import { readReferenceSection, referencesOfStatement } from "./references";
import { relatedLinks } from "./related-links";
import type { ArticleAnalysis, ProposedFact } from "./types";
import { isWikitext, wikitextToArticle } from "./wikitext";

// The analyzer: article text in, typed facts with stable import keys and anomalies out. Pure —
// no database — so it can be tested and run as a dry run. The steps live in their own files:
//   wikitext.ts        MediaWiki wikitext → the plain form (infobox, tables, <ref> notes)
//   parse-article.ts   input checks, title → the two countries, sections, blocks
//   extract-facts.ts   sentences → typed facts (extract-*.ts), GENERAL for what cannot be typed;
//                      a sentence of several dated events, one fact per event (extract-parts.ts)
//   anomaly-rules.ts   duplicate agreements, the anomaly list
//   import-keys.ts     keys stable across re-imports (see there)

const MAX_STATEMENT = 5000;

/** Throws AppError("INVALID") for text that is not an article of the form "= X–Y relations =". */
export function analyzeArticle(input: string): ArticleAnalysis {
  const text = typeof input === "string" && isWikitext(input) ? wikitextToArticle(assertReadableText(input)) : input;
  const { title, countryCodes, blocks } = parseArticle(text);
  const drafts = markDuplicateAgreements(extractFacts(blocks, countryCodes)).map((d) =>
    checked(d, blocks[d.blockIndex]?.text ?? ""),
  );
  const keys = assignImportKeys(drafts);
  const references = readReferenceSection(blocks);
  const notes = new Map(references.map((r) => [r.key, r]));
  const facts: ProposedFact[] = drafts.map((d, i) => {
    const content = contentOf(d, blocks[d.blockIndex]?.text ?? "");
    const cited = referencesOfStatement(content.statement, notes);
    // The markers went into the references: readers see the sentence without them.
    const shown = { ...content, statement: withoutCitationMarkers(content.statement) };
    return { importKey: keys[i] as string, blockIndex: d.blockIndex, content: shown, references: cited };
  });
  const anomalies = collectAnomalies(drafts, keys, blocks);
  return { title, countryCodes, blocks, facts, anomalies, relatedLinks: relatedLinks(blocks), references };
}

function contentOf(d: Draft, blockText: string): ProposedFact["content"] {
  const raw = blockText.slice(d.span.start, d.span.end).trim();
  // A statement longer than the schema allows (a very long paragraph merged into one fact) is cut.
  const statement = raw.length > MAX_STATEMENT ? `${raw.slice(0, MAX_STATEMENT - 1)}…` : raw;
  return {
    kind: d.kind,
    data: d.data,
    section: d.section,
    statement,
    validTime: d.validTime,
  } as ProposedFact["content"];
}

/**
 * A safety net: a typed reading that the fact schema would refuse (a bug or an input nobody
 * foresaw) must not stop the import. It becomes a GENERAL fact with the same text, flagged.
 */
function checked(d: Draft, blockText: string): Draft {
  const result = ZFactContent.safeParse(contentOf(d, blockText));
  if (result.success) return d;
  const problem = result.error.issues[0];
  const general: Draft = {
    ...d,
    kind: "GENERAL",
    data: {},
    validTime: { start: null, end: null },
    unstructured: true,
    issues: [
      ...d.issues,
      {
        rule: "UNSTRUCTURED",
        message: `Read as ${d.kind} but ${problem?.path.join(".") || "the fact"}: ${problem?.message ?? "invalid"}; kept as GENERAL`,
        span: d.span,
      },
    ],
  };
  return general;
}
