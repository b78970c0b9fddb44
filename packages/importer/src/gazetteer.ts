import { WORLD_COUNTRIES } from "@dyad/core/countries/world";
import { MAJOR_CITIES } from "./cities";
import type { CountryMention } from "./countries-in-text";
import { type GeoPlace, geonames, NOTABLE, normalisePlace as normalise } from "./geonames";
import { PhraseIndex } from "./phrase-index";
import { inPlaceList } from "./place-slots";
import { bare, isCapitalised, isNameShaped, type Span, type Token, tokenize } from "./tokens";
import { canBeNameWord } from "./vocabulary";

// Places. Matched anywhere in running text: every capital from world.ts and the major cities of
// cities.ts (a short list, so that "Independence Day" or "Split decision" are not towns). Looked
// up where a place is expected ("in X", "X, <Country>"): GeoNames' 135,000 places of 1,000+
// inhabitants (geonames.ts), which also decide whether a place lies in the country the text puts
// it in, and propose a correction for a word a small edit away from a known place: a misspelling.

export interface Place {
  name: string;
  country: string;
}

export interface PlaceMention extends Span {
  text: string;
  place: Place;
  /** Edit distance from the known name; > 0 means the text is a probable misspelling. */
  distance: number;
  /** The country the text puts the place in ("Lyon, Spain" → ES), when it says. */
  stated?: string;
}

const INDEX = new Map<string, Place[]>();
const ALL: { key: string; place: Place }[] = [];
/** Every spelling of the short list, as written (accents kept), by normalised key. */
const SPELLINGS = new Map<string, Set<string>>();
/** Names matched in text; each name maps to all places of that name (homonyms in several countries). */
const PLACES = new PhraseIndex<Place[]>();
function add(spelling: string, place: Place) {
  const key = normalise(spelling);
  const list = INDEX.get(key) ?? [];
  if (!list.some((p) => p.country === place.country)) list.push(place);
  INDEX.set(key, list);
  PLACES.add(spelling, list);
  ALL.push({ key, place });
  SPELLINGS.set(key, (SPELLINGS.get(key) ?? new Set()).add(spelling.normalize("NFC").toLowerCase()));
}
for (const c of WORLD_COUNTRIES) for (const capital of c.capitals) add(capital, { name: capital, country: c.code });
for (const city of MAJOR_CITIES) add(city.name, { name: city.canonical, country: city.country });

const asPlace = (g: GeoPlace): Place => ({ name: g.name, country: g.country });

/** A known place by exact name (accents and case ignored); the country hint picks among homonyms. */
export function lookupPlace(name: string, countryHint?: string): Place | undefined {
  const key = normalise(name);
  const list = INDEX.get(key);
  const listed = list?.find((p) => p.country === countryHint);
  if (listed) return listed;
  const geo = geonames().byName.get(key);
  const inHint = countryHint ? geo?.find((g) => g.country === countryHint) : undefined;
  if (inHint) return asPlace(inHint);
  if (list?.[0]) return list[0];
  return geo?.[0] ? asPlace(geo[0]) : undefined;
}

/** Whether a place of this name (or a province or state) lies in the country: "Ontario, Canada" yes, "Lyon, Spain" no. */
export function liesIn(name: string, country: string): boolean {
  const key = normalise(name);
  const { byName, regions } = geonames();
  return (
    !!INDEX.get(key)?.some((p) => p.country === country) ||
    !!byName.get(key)?.some((g) => g.country === country) ||
    !!regions.get(key)?.has(country)
  );
}

/** A known place with this name anywhere (a town of any size, a province), in any spelling case. */
function knownAnywhere(key: string): boolean {
  const { byName, regions } = geonames();
  return INDEX.has(key) || byName.has(key) || regions.has(key);
}

const ASCII = /^\p{ASCII}*$/u;

/**
 * The written form carries accents no known spelling has ("Kraköw" for Kraków): a misspelling
 * that comparing without accents cannot see. Returns the known spelling, or undefined.
 */
export function wrongAccents(written: string): string | undefined {
  const raw = written.normalize("NFC").toLowerCase();
  if (ASCII.test(raw)) return undefined;
  const key = normalise(written);
  const known = [...(SPELLINGS.get(key) ?? []), ...(geonames().byName.get(key) ?? []).map((g) => g.name.toLowerCase())];
  if (known.length === 0 || known.includes(raw)) return undefined;
  return known.find((k) => !ASCII.test(k)) ?? known[0];
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

/**
 * The known place a word is probably a misspelling of, or undefined. Same first letter required.
 * Candidates: the short list, the notable places of the world, and with a country hint every
 * place of that country; the nearest wins, then one in the hinted country, then the largest.
 */
export function suggestPlace(word: string, countryHint?: string): { place: Place; distance: number } | undefined {
  const w = normalise(word);
  const max = allowedEdits(w.length);
  if (max === 0 || knownAnywhere(w)) return undefined;
  const { byCountry, notable } = geonames();
  let best: { place: Place; distance: number; population: number } | undefined;
  const consider = (key: string, place: Place, population: number) => {
    if (key[0] !== w[0] || Math.abs(key.length - w.length) > max) return;
    const distance = damerauLevenshtein(w, key);
    if (distance > max) return;
    const hinted = (p: Place) => p.country === countryHint;
    const better =
      !best ||
      distance < best.distance ||
      (distance === best.distance &&
        (hinted(place) !== hinted(best.place) ? hinted(place) : population > best.population));
    if (better) best = { place, distance, population };
  };
  for (const { key, place } of ALL) consider(key, place, Number.MAX_SAFE_INTEGER);
  for (const { key, place } of notable) consider(key, place, place.population);
  if (countryHint)
    for (const { key, place } of byCountry.get(countryHint) ?? []) consider(key, place, place.population);
  return best ? { place: { name: best.place.name, country: best.place.country }, distance: best.distance } : undefined;
}

/** Population from which a place of the relation's countries is proposed for a known name elsewhere. */
const LARGE = 200_000;

/**
 * A large place of one of `countries` that a known place name elsewhere is one or two edits from:
 * "visited Sidney" in an Australia–New Zealand article is Sydney misspelt (as a town in Ohio it
 * would be an odd visit). Undefined when the name is a place of those countries itself.
 */
export function nearPlaceIn(word: string, countries: string[]): { place: Place; distance: number } | undefined {
  const w = normalise(word);
  const max = allowedEdits(w.length);
  if (max === 0 || countries.some((c) => liesIn(word, c))) return undefined;
  let best: { place: Place; distance: number; population: number } | undefined;
  for (const c of countries) {
    for (const { key, place } of geonames().byCountry.get(c) ?? []) {
      if (place.population < LARGE || key[0] !== w[0] || Math.abs(key.length - w.length) > max) continue;
      const distance = damerauLevenshtein(w, key);
      if (distance === 0 || distance > max) continue;
      if (!best || distance < best.distance || (distance === best.distance && place.population > best.population))
        best = { place, distance, population: place.population };
    }
  }
  return best ? { place: { name: best.place.name, country: best.place.country }, distance: best.distance } : undefined;
}

/** Words after which a place is expected. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "to", "from", "near", "via", "into", "outside", "visited"]);

/**
 * Places named in `text`: exact names (longest first), then single unknown capitalised words in a
 * place position — after "in/at/to/from…" or before ", <Country>" — that are near a known place.
 */
export function findPlaceMentions(text: string, countries: CountryMention[], pair: string[] = []): PlaceMention[] {
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
    const placeSlot =
      (prev?.word && PLACE_PREPOSITIONS.has(prev.text)) ||
      hint !== undefined ||
      inPlaceList(tokens, i, PLACE_PREPOSITIONS);
    const partOfLongerName = next?.word && isCapitalised(next.text) && next.start - first.end <= 1;
    if (!placeSlot || !isNameShaped(first.text) || !canBeNameWord(first.text)) continue;
    if (partOfLongerName) {
      // "in Siem Riep": a two-word name a small edit from a known one (a third word: a longer name).
      const two = twoWordMisspelling(text, tokens, i, countryAfter(text, next.end, countries));
      if (two) {
        found.push(two);
        i++;
      }
      continue;
    }
    const word = bare(first.text);
    const span = { start: first.start, end: first.start + word.length, text: word, ...(hint ? { stated: hint } : {}) };
    const key = normalise(word);
    // A province or state is one first ("in Ontario"), not the town of that name elsewhere.
    const region = geonames().regions.get(key);
    if (region && (!hint || region.has(hint))) continue;
    const known = geonames().byName.get(key);
    // A town is taken at its word where the text names its country; alone, only a notable one.
    const town = hint
      ? (known?.find((g) => g.country === hint) ?? known?.[0])
      : known?.find((g) => g.population >= NOTABLE);
    if (town) {
      found.push({ ...span, place: asPlace(town), distance: 0 });
      continue;
    }
    if (known) {
      // "visited Sidney" in an Australian article: a small town elsewhere, a large place of the
      // pair one edit away (misspellings() names it).
      const small = known[0];
      if (small && !hint && nearPlaceIn(word, pair)) found.push({ ...span, place: asPlace(small), distance: 0 });
      continue;
    }
    const suggestion = suggestPlace(word, hint);
    if (!suggestion) continue;
    if (hint && suggestion.place.country !== hint) continue;
    found.push({ ...span, ...suggestion });
  }
  return found;
}

function twoWordMisspelling(text: string, tokens: Token[], i: number, hint: string | undefined) {
  const [first, second, third] = [tokens[i], tokens[i + 1], tokens[i + 2]] as (Token | undefined)[];
  if (!first || !second || !isNameShaped(second.text)) return undefined;
  if (third?.word && isCapitalised(third.text) && third.start - second.end <= 1) return undefined;
  const phrase = text.slice(first.start, second.end);
  const suggestion = suggestPlace(phrase, hint);
  if (!suggestion || (hint && suggestion.place.country !== hint)) return undefined;
  const mention: PlaceMention = { start: first.start, end: second.end, text: phrase, ...suggestion };
  return hint ? { ...mention, stated: hint } : mention;
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
  const mention: PlaceMention = { start: hit.start, end: hit.end, text: phrase, place, distance: 0 };
  return { mention: hint ? { ...mention, stated: hint } : mention, last: hit.last };
}

/** The country named right after ", " ("Montreal, Canada" → CA). */
function countryAfter(text: string, offset: number, countries: CountryMention[]): string | undefined {
  const comma = /^\s*,\s*/.exec(text.slice(offset));
  if (!comma) return undefined;
  return countries.find((c) => c.start === offset + comma[0].length && c.kind === "name")?.code;
}
