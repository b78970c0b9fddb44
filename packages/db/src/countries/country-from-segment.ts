import { findCountry } from "@dyad/core/countries/find-country";
import { WORLD_COUNTRIES, type WorldCountry } from "@dyad/core/countries/world";
import { slugify } from "@dyad/core/slugify";

const byCode = new Map(WORLD_COUNTRIES.map((c) => [c.code.toLowerCase(), c]));
/**
 * Longer than any two country names (the longest spelling has 73 characters): a longer segment
 * names no relation, and is refused before any work.
 */
const MAX_SEGMENT = 160;

/**
 * The country a URL segment names, however a reader typed it: its slug, ISO 3166 alpha-2 or
 * alpha-3 code, or a common name variant, in any case ("AZ", "aze", "Türkiye", "turkey").
 */
export function countryFromSegment(segment: string): WorldCountry | undefined {
  if (segment.length > MAX_SEGMENT) return undefined;
  const key = slugify(segment);
  return byCode.get(key) ?? findCountry(key);
}

/**
 * The two countries a relation URL segment names, in either order ("canada-azerbaijan",
 * "CA-AZ", "aze-can", "united-states-canada"): every split at a hyphen is tried, since country
 * slugs hold hyphens themselves.
 */
export function countryPairFromSegment(segment: string): [WorldCountry, WorldCountry] | undefined {
  if (segment.length > MAX_SEGMENT) return undefined;
  const key = slugify(segment);
  for (let i = key.indexOf("-"); i > 0; i = key.indexOf("-", i + 1)) {
    const a = countryFromSegment(key.slice(0, i));
    const b = countryFromSegment(key.slice(i + 1));
    if (a && b && a.code !== b.code) return [a, b];
  }
  return undefined;
}
