import worldCountries from "world-countries/countries.json" with { type: "json" };
import { slugify } from "../slugify";

/**
 * English names that articles use but world-countries does not list among a country's
 * spellings (mostly former or informal names).
 */
const EXTRA_VARIANTS: Record<string, string[]> = {
  TR: ["Turkey", "Republic of Turkey"],
  CZ: ["Czech Republic"],
  CI: ["Ivory Coast"],
  SZ: ["Swaziland"],
  MM: ["Burma"],
  TL: ["East Timor"],
  CV: ["Cape Verde"],
  MK: ["Macedonia"],
  KR: ["South Korea", "Republic of Korea"],
  KP: ["North Korea"],
  RU: ["Russia", "Russian Federation"],
  US: ["United States", "USA", "America", "United States of America"],
  GB: ["United Kingdom", "UK", "Britain", "Great Britain"],
  VA: ["Holy See", "Vatican"],
  PS: ["Palestine"],
  CD: ["DR Congo", "Congo-Kinshasa"],
  CG: ["Congo-Brazzaville"],
};

export interface WorldCountry {
  code: string;
  alpha3: string;
  slug: string;
  name: string;
  officialName: string;
  variants: string[];
  demonyms: string[];
  capitals: string[];
  region: string;
}

/** All of ISO 3166-1 (250 entries) in the shape of the country table. */
export const WORLD_COUNTRIES: WorldCountry[] = worldCountries.map((c) => {
  const demonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d);
  const variants = [c.name.common, c.name.official, ...c.altSpellings, ...(EXTRA_VARIANTS[c.cca2] ?? [])].filter(
    (v) => v.length > 3 || v === c.name.common,
  );
  return {
    code: c.cca2,
    alpha3: c.cca3,
    slug: slugify(c.name.common),
    name: c.name.common,
    officialName: c.name.official,
    variants: [...new Set(variants)],
    demonyms: [...new Set(demonyms)],
    capitals: c.capital ?? [],
    region: c.region,
  };
});

/** ISO 3166-1 numeric ("031") → alpha-2 ("AZ"): world maps (world-atlas) name countries by number. */
export const ALPHA2_BY_NUMERIC: ReadonlyMap<string, string> = new Map(
  worldCountries.filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca2]),
);
