/** Addresses of public pages, in one place. `asOf` pages are rewritten to .../past (next.config.ts). */
export const routes = {
  home: () => "/",
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(q)}` : "/search"),
  countries: () => "/countries",
  country: (slug: string) => `/countries/${slug}`,
  relation: (slug: string, asOf?: string | null) =>
    asOf ? `/relations/${slug}?asOf=${encodeURIComponent(asOf)}` : `/relations/${slug}`,
  relationHistory: (slug: string) => `/relations/${slug}/history`,
  relationFeed: (slug: string) => `/relations/${slug}/feed.xml`,
  fact: (factId: string, asOf?: string | null) =>
    asOf ? `/facts/${factId}?asOf=${encodeURIComponent(asOf)}` : `/facts/${factId}`,
  compare: (factId: string, from: number, to: number) => `/facts/${factId}/compare?from=${from}&to=${to}`,
  source: (sourceId: string) => `/sources/${sourceId}`,
  feed: () => "/feed.xml",
  apiDocs: () => "/docs/api",
  release: (name: string) => `/releases/${encodeURIComponent(name)}`,
};

// What a slug or a fact id can look like: anything else is a 404 without touching the cache.
export const isSlug = (value: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 200;
export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
