import type { TRelease, ZApiCountry, ZApiFactDetail, ZApiRelationDetail } from "@dyad/api-contract";
import { DATA_LICENCE } from "@dyad/core/licence";
import { WORLD_COUNTRIES } from "@dyad/db";
import type { z } from "zod";
import { releaseJsonLd } from "../dataset-json-ld";
import { routes } from "../routes";
import { absoluteUrl, SITE_NAME } from "../site";
import { countryJsonLd, sourceJsonLd } from "../structured-data";
import { CACHE, type CachePolicy, etagOf, notModified } from "./respond";

/**
 * application/ld+json representations of the API's resources that have one on the site: the
 * same schema.org terms the pages embed (structured-data.ts, dataset-json-ld.ts), so a linked-data
 * client gets from the API what a search engine reads from the page.
 */
export const JSON_OR_LD = ["application/json", "application/ld+json"] as const;
export const isLd = (type: string) => type === "application/ld+json";

type TApiCountry = z.infer<typeof ZApiCountry>;
type TApiFactDetail = z.infer<typeof ZApiFactDetail>;
type TApiRelationDetail = z.infer<typeof ZApiRelationDetail>;

const context = "https://schema.org";
const publisher = () => ({ "@type": "Organization", name: SITE_NAME, url: absoluteUrl("/") });
const countryName = (code: string) => WORLD_COUNTRIES.find((c) => c.code === code)?.name ?? code;

/** A relation as the relation page's schema.org Article: its two countries, dates and licence. */
export function relationLd({ data }: TApiRelationDetail) {
  const url = absoluteUrl(routes.relation(data.slug));
  return {
    "@context": context,
    "@type": "Article",
    "@id": url,
    url,
    headline: data.name,
    inLanguage: "en",
    dateModified: data.lastPublishedAt,
    about: data.countries.map(countryJsonLd),
    publisher: publisher(),
    license: DATA_LICENCE.url,
    isAccessibleForFree: true,
  };
}

/** A fact as the fact page's schema.org Claim: what was public, when, and what it cites. */
export function factLd({ data }: TApiFactDetail) {
  const url = absoluteUrl(routes.fact(data.factId));
  const shown = data.current;
  const start = shown?.validTime.start;
  const end = shown?.validTime.end;
  return {
    "@context": context,
    "@type": "Claim",
    "@id": url,
    url,
    ...(shown ? { text: shown.statement } : {}),
    inLanguage: "en",
    ...(data.history[0] ? { datePublished: data.history[0].at } : {}),
    ...(data.history.at(-1) ? { dateModified: data.history.at(-1)?.at } : {}),
    ...(start
      ? { temporalCoverage: end && end !== start ? `${start}/${end}` : end === null ? `${start}/..` : start }
      : {}),
    isPartOf: { "@type": "Article", url: absoluteUrl(routes.relation(data.relation)) },
    ...(shown ? { about: shown.countries.map((code) => countryJsonLd({ code, name: countryName(code) })) } : {}),
    publisher: publisher(),
    citation: (shown?.sources ?? []).map(sourceJsonLd),
    license: DATA_LICENCE.url,
  };
}

/** The countries as a schema.org ItemList of Country, each with its codes and sameAs. */
export function countriesLd(countries: TApiCountry[]) {
  return {
    "@context": context,
    "@type": "ItemList",
    numberOfItems: countries.length,
    itemListElement: countries.map((c, i) => ({ "@type": "ListItem", position: i + 1, item: countryJsonLd(c) })),
  };
}

/** A release as its page's schema.org Dataset. */
export const releaseLd = (release: TRelease) => releaseJsonLd(release);

/**
 * A JSON-LD document with an ETag over its bytes (weak for an answer about now, whose content
 * may be said again in other bytes), answered 304 when the client has it.
 */
export function ldResponse(request: Request, doc: object, cache: CachePolicy, strong: boolean): Response {
  const text = JSON.stringify(doc);
  const etag = strong ? etagOf(text) : `W/${etagOf(text)}`;
  const headers = { etag, "cache-control": CACHE[cache] };
  if (notModified(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(text, { headers: { ...headers, "content-type": "application/ld+json; charset=utf-8" } });
}
