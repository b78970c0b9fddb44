import { WORLD_COUNTRIES } from "../countries/world";
import { MAJOR_CITIES } from "./cities";
import type { CountryMention } from "./countries-in-text";
import { PhraseIndex } from "./phrase-index";
import { bare, isCapitalised, isNameShaped, type Span, type Token, tokenize } from "./tokens";
import { canBeNameWord } from "./vocabulary";

// Places: every capital from world.ts plus the major cities of cities.ts. Besides finding the
// places a sentence names, it proposes a correction for a word that sits where a place is
// expected ("in Anakara, Turkey") and is a small edit away from a known place: a misspelling.

export interface Place {
  name: string;
  country: string;
}

export interface PlaceMention extends Span {
  text: string;
  place: Place;
  /** Edit distance from the known name; > 0 means the text is a probable misspelling. */
  distance: number;
}

const normalise = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’]/g, "'")
    .replace(/ı/g, "i")
    .toLowerCase();

const INDEX = new Map<string, Place[]>();
const ALL: { key: string; place: Place }[] = [];
/** Names matched in text; each name maps to all places of that name (homonyms in several countries). */
const PLACES = new PhraseIndex<Place[]>();
function add(spelling: string, place: Place) {
  const key = normalise(spelling);
  const list = INDEX.get(key) ?? [];
  if (!list.some((p) => p.country === place.country)) list.push(place);
  INDEX.set(key, list);
  PLACES.add(spelling, list);
  ALL.push({ key, place });
}
for (const c of WORLD_COUNTRIES) for (const capital of c.capitals) add(capital, { name: capital, country: c.code });
for (const city of MAJOR_CITIES) add(city.name, { name: city.canonical, country: city.country });

/** A known place by exact name (accents and case ignored); the country hint picks among homonyms. */
export function lookupPlace(name: string, countryHint?: string): Place | undefined {
  const list = INDEX.get(normalise(name));
  return list?.find((p) => p.country === countryHint) ?? list?.[0];
}

/**
 * Damerau-Levenshtein distance (optimal string alignment): insertions, deletions, substitutions
 * and transpositions of neighbours each cost 1 ("Anakara" → "Ankara" is 1).
 */
export function damerauLevenshtein(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] as number;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      d[i * cols + j] = v;
    }
  }
  return at(a.length, b.length);
}

/** How many edits a word of this length may carry and still be taken for a place (short words: none). */
export const allowedEdits = (length: number) => (length >= 9 ? 2 : length >= 5 ? 1 : 0);

/** The known place a word is probably a misspelling of, or undefined. Same first letter required. */
export function suggestPlace(word: string, countryHint?: string): { place: Place; distance: number } | undefined {
  const w = normalise(word);
  const max = allowedEdits(w.length);
  if (max === 0 || INDEX.has(w)) return undefined;
  let best: { place: Place; distance: number } | undefined;
  for (const { key, place } of ALL) {
    if (key[0] !== w[0] || Math.abs(key.length - w.length) > max) continue;
    const distance = damerauLevenshtein(w, key);
    if (distance > max) continue;
    const better =
      !best ||
      distance < best.distance ||
      (distance === best.distance && place.country === countryHint && best.place.country !== countryHint);
    if (better) best = { place, distance };
  }
  return best;
}

/** Words after which a place is expected. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "to", "from", "near", "via", "into", "outside"]);

/**
 * Places named in `text`: exact names (longest first), then single unknown capitalised words in a
 * place position — after "in/at/to/from…" or before ", <Country>" — that are near a known place.
 */
export function findPlaceMentions(text: string, countries: CountryMention[]): PlaceMention[] {
  const tokens = tokenize(text);
  const found: PlaceMention[] = [];
  const inCountry = (t: Token) => countries.find((c) => t.start >= c.start && t.start < c.end);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!first.word || !isCapitalised(first.text)) continue;
    const country = inCountry(first);
    const exact = exactAt(text, tokens, i, countries);
    // A place inside a country's name counts only when it is longer: "Mexico City", not "Mexico".
    if (exact && (!country || (exact.mention.start === country.start && exact.mention.end > country.end))) {
      found.push(exact.mention);
      i = exact.last;
      continue;
    }
    if (country) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const hint = countryAfter(text, first.end, countries);
    const placeSlot = (prev?.word && PLACE_PREPOSITIONS.has(prev.text)) || hint !== undefined;
    const partOfLongerName = next?.word && isCapitalised(next.text) && next.start - first.end <= 1;
    if (!placeSlot || partOfLongerName || !isNameShaped(first.text) || !canBeNameWord(first.text)) continue;
    const word = bare(first.text);
    const suggestion = suggestPlace(word, hint);
    if (!suggestion) continue;
    if (hint && suggestion.place.country !== hint) continue;
    found.push({ start: first.start, end: first.start + word.length, text: word, ...suggestion });
  }
  return found;
}

function exactAt(text: string, tokens: Token[], i: number, countries: CountryMention[]) {
  const hit = PLACES.longestAt(text, tokens, i, (w) =>
    w.every((t, k) => isCapitalised(t.text) || (k > 0 && k < w.length - 1)),
  );
  if (!hit) return undefined;
  const hint = countryAfter(text, hit.end, countries);
  const place = hit.value.find((p) => p.country === hint) ?? hit.value[0];
  if (!place) return undefined;
  const phrase = text.slice(hit.start, hit.end);
  return { mention: { start: hit.start, end: hit.end, text: phrase, place, distance: 0 }, last: hit.last };
}

/** The country named right after ", " ("Montreal, Canada" → CA). */
function countryAfter(text: string, offset: number, countries: CountryMention[]): string | undefined {
  const comma = /^\s*,\s*/.exec(text.slice(offset));
  if (!comma) return undefined;
  return countries.find((c) => c.start === offset + comma[0].length && c.kind === "name")?.code;
}
