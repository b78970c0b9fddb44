import { slugify } from "../slugify";
import { WORLD_COUNTRIES, type WorldCountry } from "./world";

const byName = new Map<string, WorldCountry>();
for (const country of WORLD_COUNTRIES) {
  for (const name of [...country.variants, ...country.demonyms, country.alpha3]) {
    const key = slugify(name);
    if (!byName.has(key)) byName.set(key, country);
  }
}

/** A country by any of its names, spellings or demonyms ("Canada", "Canadian", "Türkiye", "Turkey"). */
export function findCountry(name: string): WorldCountry | undefined {
  return byName.get(slugify(name));
}
