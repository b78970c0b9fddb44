// The licences of what Dyad publishes, stated in one place for the site footer, the relation
// page, the API's OpenAPI info and every read's meta, and each release manifest.

/**
 * Dyad's own structured data (kinds, dates, amounts, parties, places, sources, history): CC BY
 * 4.0. Chosen over ODbL because it lets anyone reuse and mix the data (including into CC BY-SA
 * works such as Wikipedia) with one condition, attribution, which is what a citation-first
 * project asks for anyway; ODbL's share-alike on derived databases would keep the data out of
 * many of the places a dated, sourced fact is useful.
 */
export const DATA_LICENCE = {
  name: "CC BY 4.0",
  identifier: "CC-BY-4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

/** Statement text taken from a Wikipedia article keeps the article's licence, with attribution. */
export const WIKIPEDIA_TEXT_LICENCE = {
  name: "CC BY-SA 4.0",
  identifier: "CC-BY-SA-4.0",
  url: "https://creativecommons.org/licenses/by-sa/4.0/",
} as const;

export const isWikipediaUrl = (url: string | null | undefined) =>
  typeof url === "string" && /^https?:\/\/[a-z-]+\.(?:m\.)?wikipedia\.org\//i.test(url);

/** One line saying both, for the API's meta, the OpenAPI info and release manifests. */
export const LICENCE_NOTICE =
  `Structured data: ${DATA_LICENCE.name} (${DATA_LICENCE.url}). Statement text taken from Wikipedia articles: ` +
  `${WIKIPEDIA_TEXT_LICENCE.name} (${WIKIPEDIA_TEXT_LICENCE.url}), attributed to each article (its source, with its address).`;
