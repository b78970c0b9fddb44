import type { Span } from "./tokens";
import { ABBREVIATIONS } from "./vocabulary";

// Sentence and clause boundaries with offsets. A full stop ends a sentence unless it closes an
// abbreviation ("Mr.", "fr."), an initial ("J. Smith") or sits inside a number ("$1.2"); a
// sentence wholly in parentheses, or pointing to an address ("See https://…"), is a remark on the
// one before and stays with it.

// Note markers after the stop ("…in 1943.[2] The …", as wikitext's <ref>s become) stay with the sentence.
const END = /(?<![.!?])[.!?]+["'”’)\]]*(?:\[\d{1,4}\])*(?=\s|$)/g;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  for (const m of text.matchAll(END)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end <= start || !isBoundary(text, m.index ?? 0, end)) continue;
    spans.push({ start, end });
    start = skipSpace(text, end);
  }
  if (start < text.length && text.slice(start).trim()) spans.push({ start, end: text.trimEnd().length });
  return mergeRemarks(text, spans);
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return i;
}

function isBoundary(text: string, dot: number, end: number): boolean {
  const next = text.slice(skipSpace(text, end), skipSpace(text, end) + 1);
  if (next && !/[\p{Lu}\d"“'(«—–-]/u.test(next)) return false;
  if (text[dot] !== ".") return true;
  const word = /(?<![\p{L}.])([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? "";
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // "U.S.", "e.g."
  const lower = word.toLowerCase();
  if (lower === "st") {
    // "Izmir St. The …" is a street ending a sentence; "in St. Petersburg" is a saint.
    const before = /(?<!\S)(\S+)\s+St$/.exec(text.slice(Math.max(0, dot - 30), dot))?.[1] ?? "";
    return /^\p{Lu}/u.test(before);
  }
  return !ABBREVIATIONS.has(lower);
}

function mergeRemarks(text: string, spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const prev = merged[merged.length - 1];
    // "(…)" and "See https://… for details." remark on the sentence before and stay with it.
    if (prev && (text[span.start] === "(" || /^See\s+https?:\/\//.test(text.slice(span.start, span.start + 14))))
      prev.end = span.end;
    else merged.push({ ...span });
  }
  return merged;
}

// Where a clause starts: /\s*(?:;\s+|,?\s+(?:but|while|whereas)\s+|,\s+and\s+(?=…))/ without its
// overlapping \s*\s+ (cubic on a long run of spaces): leading spaces are matched from the start of
// their run only, "but" without a comma needs one of them before it, and the last alternative is a
// clause start right after spaces that the previous split took ("a; ; b").
const CLAUSE_START = String.raw`;\s+|,\s+(?:but|while|whereas)\s+|,\s+and\s+(?=(?:also\s+)?(?:does|do|did|has|have|had|is|are|was|were|maintains?|opened|operates?|handles?|keeps?|runs?)\b)`;
export const CLAUSE_SPLIT = new RegExp(
  String.raw`(?<!\s)\s*(?:${CLAUSE_START}|(?<=\s)(?:but|while|whereas)\s+)|(?<=\s)(?:${CLAUSE_START})`,
  "g",
);

/**
 * Clauses of one sentence, split where a new statement starts: "…, but …", "…, while …",
 * "…; …", "…, and does …". Offsets are relative to `text`.
 */
export function splitClauses(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_SPLIT)) {
    const at = m.index ?? 0;
    if (at > start) spans.push({ start, end: at });
    start = at + m[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}
