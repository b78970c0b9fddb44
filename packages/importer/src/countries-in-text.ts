import { WORLD_COUNTRIES } from "@dyad/core/countries/world";
import worldCountries from "world-countries/countries.json" with { type: "json" };
import { PhraseIndex } from "./phrase-index";
import { isCapitalised, type Span, type Token, tokenize } from "./tokens";
import { CONNECTORS } from "./vocabulary";

// Finds the countries a sentence names, by any of the world's names, variants or demonyms
// ("Canada", "Republic of Azerbaijan", "Canadian", "Canada's", "Azerbaijanis"). Matching is
// longest-first over capitalised token windows, so "Bosnia and Herzegovina" wins over "Bosnia"
// and "Guinea-Bissau" over "Guinea".

export interface CountryMention extends Span {
  code: string;
  text: string;
  kind: "name" | "demonym";
}

/** Names that are more often something else in running text (a surname, a first name). */
const AMBIGUOUS = new Set(["mann", "viti", "jersey"]);
/** Keep the ambiguous ones when the sentence clearly speaks of countries or places. */
const COUNTRY_CONTEXT = /\b(in|to|from|of|and|between|with|visited|embassy|republic)\s*$/i;
/** Acronyms matched case-sensitively on the raw text. */
const ACRONYMS: [RegExp, string][] = [
  [/(?<![\p{L}.])(?:U\.S\.A\.|U\.S\.|USA|US)(?![\p{L}])/gu, "US"],
  [/(?<![\p{L}.])(?:U\.K\.|UK)(?![\p{L}])/gu, "GB"],
  [/(?<![\p{L}.])UAE(?![\p{L}])/gu, "AE"],
];
const EXTRA_DEMONYMS: Record<string, string[]> = { AZ: ["Azeri"], GB: ["English", "Scottish", "Welsh"] };

interface Entry {
  code: string;
  kind: "name" | "demonym";
}
// Sovereign states first: where a name or demonym is shared ("French": France and the French
// Southern Lands), the first one added wins.
const INDEPENDENT = new Set(worldCountries.filter((c) => c.independent).map((c) => c.cca2));
const BY_RANK = [...WORLD_COUNTRIES].sort((a, b) => Number(INDEPENDENT.has(b.code)) - Number(INDEPENDENT.has(a.code)));
const INDEX = new PhraseIndex<Entry>();
for (const c of BY_RANK) {
  for (const v of c.variants)
    if (/^[\p{L}\s.'’,-]+$/u.test(v) && !v.includes(",")) INDEX.add(v, { code: c.code, kind: "name" });
}
for (const c of BY_RANK) {
  for (const d of [...c.demonyms.flatMap((d) => d.split(/,\s*/)), ...(EXTRA_DEMONYMS[c.code] ?? [])]) {
    INDEX.add(d, { code: c.code, kind: "demonym" });
    if (!d.endsWith("s")) INDEX.add(`${d}s`, { code: c.code, kind: "demonym" }); // "Canadians"
  }
}

/**
 * Names that hold a country's name or demonym but are something else: provinces, seas, a
 * state of another country. Matched like country names (longest first) and then dropped, so
 * that "British Columbia" is not Britain and "Northern Ireland" not a third country.
 */
const NOT_COUNTRIES = [
  "Northern Ireland",
  "New Mexico",
  "British Columbia",
  "Indian Ocean",
  "South China Sea",
  "East China Sea",
  "Gulf of Mexico",
  "Sea of Japan",
  "Irish Sea",
  "New Guinea",
  "Northern Cyprus",
  "Georgia (U.S. state)",
];
for (const phrase of NOT_COUNTRIES) INDEX.add(phrase, { code: "", kind: "name" });

/** Every word of a name capitalised except connectors ("Bosnia and Herzegovina", "Côte d'Ivoire"). */
const capitalisedName = (window: Token[]) =>
  window.every((t, k) => isCapitalised(t.text) || (k > 0 && (CONNECTORS.has(t.text) || /^d['’]\p{Lu}/u.test(t.text))));

/** All country mentions in `text`, in order, non-overlapping. */
export function findCountryMentions(text: string): CountryMention[] {
  const tokens = tokenize(text);
  const found: CountryMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!first.word || !isCapitalised(first.text)) continue;
    const hit = INDEX.longestAt(text, tokens, i, capitalisedName);
    if (!hit) continue;
    const phrase = text.slice(hit.start, hit.end);
    const before = text.slice(0, hit.start);
    const single = hit.last === i;
    i = hit.last;
    if (!hit.value.code) continue;
    if (single && AMBIGUOUS.has(phrase.toLowerCase()) && !COUNTRY_CONTEXT.test(before)) continue;
    // "Latin America", "South America" are regions, not the United States.
    if (hit.value.code === "US" && /\b(Latin|South|North|Central)\s+$/.test(before)) continue;
    found.push({ start: hit.start, end: hit.end, code: hit.value.code, text: phrase, kind: hit.value.kind });
  }
  for (const [re, code] of ACRONYMS) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const span = { start, end: start + m[0].length };
      if (!found.some((f) => f.start < span.end && span.start < f.end)) {
        found.push({ ...span, code, text: m[0], kind: "name" });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The codes of the countries named in `text` (names and demonyms), first mention first. */
export function countryCodesIn(text: string): string[] {
  return [...new Set(findCountryMentions(text).map((m) => m.code))];
}

const NAMES_BY_CODE = new Map(WORLD_COUNTRIES.map((c) => [c.code, c.name]));
/** "AZ" → "Azerbaijan", for messages. */
export const countryName = (code: string) => NAMES_BY_CODE.get(code) ?? code;
