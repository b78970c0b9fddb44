import { bare, type Token, tokenize } from "./tokens";

// A dictionary of multi-word names (countries, cities) matched longest-first against tokens.
// Keys are the lowercased, accent-free words of a name ("Guinea-Bissau" → "guinea bissau"), and
// only names that start with the word at hand are tried, which keeps matching to a few map
// lookups per capitalised word however large the dictionary is.

const normalised = new Map<string, string>();
export function normaliseWord(word: string): string {
  let n = normalised.get(word);
  if (n === undefined) {
    n = /^[A-Za-z]+$/.test(word)
      ? word.toLowerCase()
      : bare(word)
          .normalize("NFKD")
          .replace(/[\u0300-\u036f]/g, "")
          .replace(/ı/g, "i")
          .toLowerCase();
    if (normalised.size > 20_000) normalised.clear();
    normalised.set(word, n);
  }
  return n;
}

const words = (phrase: string) =>
  tokenize(phrase)
    .filter((t) => t.word)
    .map((t) => normaliseWord(t.text));

/** What may separate two words of one name in running text: a space, a hyphen, an abbreviation's dot, a comma ("Washington, D.C."). */
const JOIN = /^(?:\s|[-–]|\.\s?|,\s|\s[-–]\s)$/;

export interface IndexMatch<T> {
  value: T;
  /** Index of the last token of the match. */
  last: number;
  start: number;
  /** End offset, without a possessive "'s". */
  end: number;
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { entries: Map<string, T>; lengths: number[] }>();

  /** Adds a name; the first value given for a name wins. */
  add(phrase: string, value: T): void {
    const w = words(phrase);
    const first = w[0];
    if (!first) return;
    const slot = this.byFirst.get(first) ?? { entries: new Map<string, T>(), lengths: [] };
    const key = w.join(" ");
    if (!slot.entries.has(key)) slot.entries.set(key, value);
    if (!slot.lengths.includes(w.length)) {
      slot.lengths.push(w.length);
      slot.lengths.sort((a, b) => b - a);
    }
    this.byFirst.set(first, slot);
  }

  /** Whether some name starts with this word (cheap pre-check). */
  starts(word: string): boolean {
    return this.byFirst.has(normaliseWord(word));
  }

  /**
   * The longest name that starts at token `i`. `accept` can veto a window (e.g. require every
   * word but connectors to be capitalised).
   */
  longestAt(
    text: string,
    tokens: Token[],
    i: number,
    accept?: (window: Token[]) => boolean,
  ): IndexMatch<T> | undefined {
    const first = tokens[i];
    if (!first?.word) return undefined;
    const slot = this.byFirst.get(normaliseWord(first.text));
    if (!slot) return undefined;
    const maxWords = slot.lengths[0] ?? 1;
    // Collect up to maxWords word tokens joined by allowed separators.
    const window: Token[] = [first];
    const lastIndex: number[] = [i];
    for (let j = i + 1; j < tokens.length && window.length < maxWords; j++) {
      const prev = tokens[lastIndex[lastIndex.length - 1] as number] as Token;
      const t = tokens[j] as Token;
      if (!t.word) {
        if (t.text === "-" || t.text === "–" || t.text === ".") continue;
        break;
      }
      if (!JOIN.test(text.slice(prev.end, t.start))) break;
      window.push(t);
      lastIndex.push(j);
    }
    for (const n of slot.lengths) {
      if (n > window.length) continue;
      const part = window.slice(0, n);
      const value = slot.entries.get(part.map((t) => normaliseWord(t.text)).join(" "));
      if (value === undefined || (accept && !accept(part))) continue;
      const lastToken = part[n - 1] as Token;
      return {
        value,
        last: lastIndex[n - 1] as number,
        start: first.start,
        end: lastToken.end - (lastToken.text.length - bare(lastToken.text).length),
      };
    }
    return undefined;
  }
}
