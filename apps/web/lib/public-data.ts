import {
  AppError,
  cacheTags,
  countryBySlug,
  getPublicCountry,
  getPublicFact,
  getRelationPage,
  getSiteStats,
  listPublicChanges,
  listPublicCountries,
  listPublicRelations,
  listSitemapEntries,
} from "@dyad/db";
import { cached } from "./cache";

/**
 * Every database read of the public site, cached in Next's data cache under @dyad/db's cache
 * tags (lib/cache.ts), so pages are not rendered against the database on every view and a
 * publish refreshes exactly what it touched. Only search reads the database per request.
 *
 * Unknown addresses resolve to null (cached as well, under the tag that a first publication
 * would revalidate), and the page answers 404.
 */
async function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) return null;
    throw error;
  }
}

/** A relation page now (asOf null) or at a version instant (never an arbitrary instant: see versions.ts). */
export const relationPage = cached(
  (slug: string, asOf: string | null) => orNull(() => getRelationPage({ slug, asOf: asOf ?? undefined })),
  ["public:relation-page"],
  (slug) => [cacheTags.relation(slug)],
);

export const factPage = cached(
  (factId: string) => orNull(() => getPublicFact({ factId })),
  ["public:fact"],
  (factId) => [cacheTags.fact(factId)],
);

/** Country slugs are known without a query (the table is seeded from the same list). */
export async function countryPage(slug: string) {
  const country = countryBySlug(slug);
  return country ? countryPageByCode(slug, country.code) : null;
}
const countryPageByCode = cached(
  (slug: string, _code: string) => orNull(() => getPublicCountry({ slug })),
  ["public:country"],
  (_slug, code) => [cacheTags.country(code), cacheTags.relations],
);

export const publicCountries = cached(
  () => listPublicCountries(),
  ["public:countries"],
  () => [cacheTags.relations],
);

/** The home page's two lists: recently updated, then the most documented of the others. */
export const homeRelations = cached(
  async (limit: number) => {
    const recent = await listPublicRelations({ order: "recent", limit });
    const shown = new Set(recent.map((r) => r.slug));
    const largest = (await listPublicRelations({ order: "size", limit: limit * 2 })).filter((r) => !shown.has(r.slug));
    return { recent, largest: largest.slice(0, limit) };
  },
  ["public:home-relations"],
  () => [cacheTags.relations],
);

export const siteStats = cached(
  () => getSiteStats(),
  ["public:stats"],
  () => [cacheTags.relations],
);

export const recentChanges = cached(
  (relationSlug: string | null, limit: number) =>
    orNull(() => listPublicChanges({ relationSlug: relationSlug ?? undefined, limit })),
  ["public:changes"],
  (relationSlug) => [cacheTags.feed, ...(relationSlug ? [cacheTags.relation(relationSlug)] : [])],
);

export const sitemapEntries = cached(
  () => listSitemapEntries(),
  ["public:sitemap"],
  () => [cacheTags.relations],
);
