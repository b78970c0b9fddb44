/** The search page's facets and page, as they appear in its address. */
export type SearchFacets = {
  kind?: string;
  relation?: string;
  country?: string;
  from?: string;
  to?: string;
  page?: string;
};

type Time = { asOf?: string | null; on?: string | null };

/** A page's address with its two kinds of time (`on`: valid time, `asOf`: transaction time). */
const withTime = (path: string, { asOf, on }: Time) => withQuery(path, { on, asOf });

// encodeURIComponent rather than URLSearchParams: a space stays %20, as addresses always were.
function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const pairs = Object.entries(params).flatMap(([key, value]) =>
    value ? [`${key}=${encodeURIComponent(value)}`] : [],
  );
  return pairs.length ? `${path}?${pairs.join("&")}` : path;
}

/** Addresses of public pages, in one place. `asOf` pages are rewritten to .../past (next.config.ts). */
export const routes = {
  home: () => "/",
  search: (q?: string, facets: SearchFacets = {}) => withQuery("/search", { q, ...facets }),
  countries: () => "/countries",
  country: (slug: string, time: Time = {}) => withTime(`/countries/${slug}`, time),
  relation: (slug: string, asOf?: string | null, on?: string | null) => withTime(`/relations/${slug}`, { asOf, on }),
  relationHistory: (slug: string) => `/relations/${slug}/history`,
  relationFeed: (slug: string) => `/relations/${slug}/feed.xml`,
  /** What changed in a relation since an instant (up to `asOf`, or now). */
  relationChanges: (slug: string, since?: string | null, asOf?: string | null) =>
    withQuery(`/relations/${slug}/changes`, { since, asOf }),
  relationChangesFeed: (slug: string, since?: string | null, asOf?: string | null) =>
    withQuery(`/relations/${slug}/changes/feed.xml`, { since, asOf }),
  fact: (factId: string, asOf?: string | null, on?: string | null) => withTime(`/facts/${factId}`, { asOf, on }),
  compare: (factId: string, from: number, to: number) => `/facts/${factId}/compare?from=${from}&to=${to}`,
  source: (sourceId: string) => `/sources/${sourceId}`,
  feed: () => "/feed.xml",
  apiDocs: () => "/docs/api",
  release: (name: string) => `/releases/${encodeURIComponent(name)}`,
};

// What a slug or a fact id can look like: anything else is a 404 without touching the cache.
export const isSlug = (value: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 200;
export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
