/**
 * Cache tags shared by the public site, the public API and the code that publishes. A publish
 * revalidates exactly the tags of what it touched (see tagsForFactChange).
 */
export const cacheTags = {
  /** Lists and counts of relations: home, country pages, sitemap, API relation lists. */
  relations: "relations",
  relation: (slug: string) => `relation:${slug}`,
  fact: (factId: string) => `fact:${factId}`,
  country: (code: string) => `country:${code}`,
  search: "search",
  feed: "feed",
} as const;

/** Everything a change to a fact (or, without factId, to a relation's facts) can show up in. */
export function tagsForFactChange(change: { relationSlug: string; factId?: string; countryCodes: string[] }): string[] {
  return [
    cacheTags.relations,
    cacheTags.relation(change.relationSlug),
    ...(change.factId ? [cacheTags.fact(change.factId)] : []),
    ...change.countryCodes.map(cacheTags.country),
    cacheTags.search,
    cacheTags.feed,
  ];
}
