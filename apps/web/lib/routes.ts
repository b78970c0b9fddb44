type Time = { asOf?: string | null; on?: string | null };

/** A page's address with its two kinds of time (`on`: valid time, `asOf`: transaction time). */
function withTime(path: string, { asOf, on }: Time): string {
  const query = new URLSearchParams();
  if (on) query.set("on", on);
  if (asOf) query.set("asOf", asOf);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Addresses of public pages, in one place. `asOf` pages are rewritten to .../past (next.config.ts). */
export const routes = {
  home: () => "/",
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(q)}` : "/search"),
  countries: () => "/countries",
  country: (slug: string, time: Time = {}) => withTime(`/countries/${slug}`, time),
  relation: (slug: string, asOf?: string | null, on?: string | null) => withTime(`/relations/${slug}`, { asOf, on }),
  relationHistory: (slug: string) => `/relations/${slug}/history`,
  relationFeed: (slug: string) => `/relations/${slug}/feed.xml`,
  fact: (factId: string, asOf?: string | null, on?: string | null) => withTime(`/facts/${factId}`, { asOf, on }),
  compare: (factId: string, from: number, to: number) => `/facts/${factId}/compare?from=${from}&to=${to}`,
  source: (sourceId: string) => `/sources/${sourceId}`,
  feed: () => "/feed.xml",
  apiDocs: () => "/docs/api",
};

// What a slug or a fact id can look like: anything else is a 404 without touching the cache.
export const isSlug = (value: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 200;
export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
