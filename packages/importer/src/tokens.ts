// A small tokenizer with offsets. Every finder works on tokens so that the spans it reports
// point exactly into the block text (anomalies quote `text.slice(start, end)`).

export interface Token {
  text: string;
  start: number;
  end: number;
  /** A run of letters (with inner apostrophes: "Calgary's", "O'Brien"). */
  word: boolean;
}

/** Offsets into some text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*|\S/gu;

// Several finders tokenize the same sentence: a small cache keeps that to once per sentence.
const cache = new Map<string, readonly Token[]>();
const CACHE_SIZE = 512;
const LETTER = /\p{L}/u;

/** The tokens of a text. The array is shared between callers: do not mutate it. */
export function tokenize(text: string): Token[] {
  const hit = cache.get(text);
  if (hit) return hit as Token[];
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    tokens.push({ text: t, start: m.index, end: m.index + t.length, word: LETTER.test(t[0] as string) });
  }
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(text, Object.freeze(tokens));
  return tokens;
}

// These run for every token of every sentence: ASCII fast paths before the Unicode regexes.
const UPPER = /^\p{Lu}/u;
const NAME_SHAPE = /^\p{Lu}(?:\p{Ll}|['’]\p{Lu})/u;
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;

/** Starts with a capital letter ("Canada", "UN", "Inter"). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return isAsciiUpper(c);
  return UPPER.test(word);
}

/** Shaped like a name part: a capital then lowercase ("Araz", "McDonald", "O'Brien"), not "UN". */
export function isNameShaped(word: string): boolean {
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  if (a < 128 && b < 128 && b !== 39) return isAsciiUpper(a) && isAsciiLower(b);
  return NAME_SHAPE.test(word);
}

/** Without a possessive ending: "Calgary's" → "Calgary". */
export const bare = (word: string) =>
  word.includes("'") || word.includes("’") ? word.replace(/['’]s$|['’]$/u, "") : word;

/** Only whitespace (or nothing) lies between two tokens. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  return /^\s*$/.test(text.slice(a.end, b.start));
}

/** Two tokens touch ("Inter" "-" "Parliamentary"). */
export const touching = (a: Token, b: Token) => a.end === b.start;

export const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Shift a span found in a substring to the offsets of the enclosing text. */
export const shift = <S extends Span>(span: S, by: number): S => ({
  ...span,
  start: span.start + by,
  end: span.end + by,
});
