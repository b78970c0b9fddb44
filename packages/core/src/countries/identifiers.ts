// The codes other datasets use for a country, from two shipped sources: world-countries (ISO
// 3166-1 alpha-2, alpha-3 and numeric) and crosswalk.json (Wikidata QIDs and Correlates of War
// codes; its `origin` says where it comes from). UN M49 gives countries and areas the same number
// as ISO 3166-1 numeric; Taiwan and Kosovo have none in M49.
import worldCountries from "world-countries/countries.json" with { type: "json" };
import crosswalk from "./crosswalk.json" with { type: "json" };

export interface CountryIdentifiers {
  alpha2: string;
  alpha3: string;
  /** ISO 3166-1 numeric, three digits ("031"); null for Kosovo, which has none. */
  numeric: string | null;
  m49: string | null;
  wikidata: string | null;
  cow: { code: number; letter: string | null } | null;
}

type CrosswalkRow = { cowLetter: string | null; cowCode: number | null; wikidata: string | null };
const rows = crosswalk.countries as Record<string, CrosswalkRow>;
const NOT_IN_M49 = new Set(["TW", "XK"]);

const byAlpha2 = new Map<string, CountryIdentifiers>();
/** Every accepted spelling of a code, upper case, to its country's alpha-2. */
const lookup = new Map<string, string>();

for (const c of worldCountries) {
  const row = rows[c.cca2];
  const numeric = c.ccn3 || null;
  const ids: CountryIdentifiers = {
    alpha2: c.cca2,
    alpha3: c.cca3,
    numeric,
    m49: numeric && !NOT_IN_M49.has(c.cca2) ? numeric : null,
    wikidata: row?.wikidata ?? null,
    cow: row?.cowCode ? { code: row.cowCode, letter: row.cowLetter } : null,
  };
  byAlpha2.set(c.cca2, ids);
  const spellings = [ids.alpha2, ids.alpha3, ids.numeric, ids.m49 && `M49:${ids.m49}`, ids.wikidata];
  if (ids.wikidata) spellings.push(`WIKIDATA:${ids.wikidata}`);
  if (ids.cow) spellings.push(`COW:${ids.cow.code}`, ids.cow.letter && `COW:${ids.cow.letter}`);
  for (const s of spellings) if (s) lookup.set(s, c.cca2);
}

/** A country's identifiers by its alpha-2 code. */
export const countryIdentifiers = (alpha2: string): CountryIdentifiers | undefined => byAlpha2.get(alpha2);

/**
 * The alpha-2 code of the country a code names: ISO alpha-2, alpha-3 or numeric (1 to 3 digits),
 * a Wikidata QID (Q227), or with a prefix `m49:031`, `wikidata:Q227`, `cow:373` or `cow:AZE`.
 * Correlates of War codes need their prefix because they collide with ISO's (COW 20 is Canada,
 * ISO 020 Andorra; COW AUS is Austria, ISO AUS Australia). Case does not matter.
 */
export function resolveCountryCode(code: string): string | undefined {
  const key = code.trim().toUpperCase();
  const numeric = /^(M49:)?(\d{1,3})$/.exec(key);
  if (numeric) return lookup.get(`${numeric[1] ?? ""}${(numeric[2] as string).padStart(3, "0")}`);
  const cow = /^COW:0*(\d+)$/.exec(key);
  if (cow) return lookup.get(`COW:${cow[1]}`);
  return lookup.get(key);
}

/** Where others describe the country: its Wikidata item and its ISO Online Browsing Platform entry. */
export function countrySameAs(alpha2: string): string[] {
  const ids = byAlpha2.get(alpha2);
  if (!ids) return [];
  return [
    ...(ids.wikidata ? [`http://www.wikidata.org/entity/${ids.wikidata}`] : []),
    ...(ids.numeric ? [`https://www.iso.org/obp/ui/#iso:code:3166:${ids.alpha2}`] : []),
  ];
}

export const CROSSWALK_ORIGIN = crosswalk.origin;
