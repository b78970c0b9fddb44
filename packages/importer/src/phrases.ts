import { withoutFinalParenthesis } from "./scan";
import { bare, isCapitalised, type Span, type Token, tokenize } from "./tokens";
import { CONNECTORS, MONTH_NUMBERS, ORG_HEADS } from "./vocabulary";

// Named things in prose: quoted titles, capitalised phrases ("University of Calgary",
// "Working Group on Interparliamentary Relations"), organisation lists after "organized by".

export interface Phrase extends Span {
  text: string;
}

const OPENING_QUOTES = '"“«';
const QUOTE_ENDS = '"”»\n';

/**
 * Text in quotes: “Oyan”, "Azerbaijan film Festival", «…» (1 to 300 characters, on one line).
 * What /["“«]([^"”»\n]{1,300})["”»]/g found, by one scan: the expression looked up to 300
 * characters ahead from every opening quote, so a line of opening quotes cost 300 times its length.
 */
export function quotedSpans(text: string): Phrase[] {
  // next[i]: the first closing quote or line feed at or after i.
  const next = new Array<number>(text.length + 1).fill(-1);
  for (let i = text.length - 1; i >= 0; i--) next[i] = QUOTE_ENDS.includes(text.charAt(i)) ? i : (next[i + 1] ?? -1);
  const spans: Phrase[] = [];
  for (let open = 0; open < text.length; open++) {
    if (!OPENING_QUOTES.includes(text.charAt(open))) continue;
    const close = next[open + 1] ?? -1;
    const length = close - open - 1;
    if (close < 0 || text[close] === "\n" || length < 1 || length > 300) continue;
    spans.push({ start: open + 1, end: close, text: text.slice(open + 1, close) });
    open = close;
  }
  return spans;
}

const isMonth = (t: Token) => isCapitalised(t.text) && t.text.toLowerCase() in MONTH_NUMBERS;

/**
 * The capitalised phrase starting at token `i`: capitalised words and acronyms, joined by
 * connectors ("of", "the", "and", "on") only when a capitalised word follows, by hyphens without
 * spaces, and by a possessive ("Calgary's"). Months and numbers end it.
 */
export function capitalisedRunAt(
  text: string,
  tokens: Token[],
  i: number,
): { phrase: Phrase; last: number } | undefined {
  const first = tokens[i];
  if (!first?.word || !isCapitalised(first.text) || isMonth(first)) return undefined;
  let last = i;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    const prev = tokens[j - 1] as Token;
    const gap = text.slice(prev.end, t.start);
    if (gap.length > 1 || (gap && !/\s/.test(gap))) break;
    if ((t.text === "-" || t.text === "–") && !gap) continue;
    if (!t.word || isMonth(t)) break;
    if (isCapitalised(t.text)) {
      if ((prev.text === "-" || prev.text === "–") && gap) break;
      last = j;
      continue;
    }
    if (!CONNECTORS.has(t.text)) break;
    // "of the Republic": a run of connectors must lead to a capitalised word.
    let k = j + 1;
    while (tokens[k]?.word && CONNECTORS.has((tokens[k] as Token).text)) k++;
    const after = tokens[k];
    if (!after?.word || !isCapitalised(after.text) || isMonth(after)) break;
  }
  const end = (tokens[last] as Token).end;
  return { phrase: { start: first.start, end, text: text.slice(first.start, end) }, last };
}

/** Every maximal capitalised phrase of the text. */
export function capitalisedRuns(text: string): Phrase[] {
  const tokens = tokenize(text);
  const runs: Phrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const run = capitalisedRunAt(text, tokens, i);
    if (!run) continue;
    runs.push(run.phrase);
    i = run.last;
  }
  return runs;
}

/** The capitalised phrase that begins at or right after `offset` (skipping "the"). */
export function phraseAfter(text: string, offset: number): Phrase | undefined {
  const lead = /^\s*(?:the\s+)?/i.exec(text.slice(offset))?.[0] ?? "";
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.start === offset + lead.length);
  return i >= 0 ? capitalisedRunAt(text, tokens, i)?.phrase : undefined;
}

/** Ends with an organisation head noun, or an abbreviation in parentheses: "… Society (ALACS)". */
export function looksLikeOrganisation(name: string): boolean {
  const words = withoutFinalParenthesis(name).split(/[\s-]+/);
  const head = bare(words[words.length - 1] ?? "").toLowerCase();
  return (
    ORG_HEADS.has(head) ||
    /\([A-Z][A-Za-z]{1,9}\)$/.test(name) ||
    words.some((w) => /^(University|Ministry|Bank)$/.test(w))
  );
}

/**
 * Organisations listed after "organized by", "hosted by", "with the support of" …: split at
 * "and"/commas only where the left part already ends like a complete organisation name, so
 * "Ministry of Culture and Tourism" stays whole.
 */
export function organisationsAfterBy(text: string): Phrase[] {
  const m =
    /\b(?:organi[sz]ed|hosted|sponsored|supported|co-organi[sz]ed)\s+by\s+|\bwith the support of\s+|\bin cooperation with\s+/i.exec(
      text,
    );
  if (!m) return [];
  const from = (m.index ?? 0) + m[0].length;
  const tail = text.slice(from);
  const stop = /(?<!\s)\s+(?:was|were|is|are|has|have|had|will|took|held|on|in\s+\d)\b|[.;]/.exec(tail);
  const list = tail.slice(0, stop ? stop.index : tail.length);
  const parts: Phrase[] = [];
  let partStart = 0;
  for (const sep of list.matchAll(/,\s+(?:and\s+)?|(?<!\s)\s+and\s+/g)) {
    const left = list.slice(partStart, sep.index).trim();
    if (!looksLikeOrganisation(left)) continue;
    parts.push(trimmed(list, partStart, sep.index ?? 0, from));
    partStart = (sep.index ?? 0) + sep[0].length;
  }
  parts.push(trimmed(list, partStart, list.length, from));
  return parts.filter((p) => p.text.length > 1 && isCapitalised(p.text));
}

function trimmed(list: string, start: number, end: number, offset: number): Phrase {
  let s = start;
  const lead = /^\s*(?:the\s+)?/i.exec(list.slice(start, end))?.[0].length ?? 0;
  s += lead;
  const text = list.slice(s, end).trim().replace(/[,]$/, "");
  return { start: offset + s, end: offset + s + text.length, text };
}
