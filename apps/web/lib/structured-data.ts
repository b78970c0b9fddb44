import { countryIdentifiers, countrySameAs } from "@dyad/core/countries/identifiers";
import { DATA_LICENCE } from "@dyad/core/licence";
import type { PublicFact, RelationPage, RevisionView } from "@dyad/db";
import { relationDescription } from "./metadata";
import { routes } from "./routes";
import { absoluteUrl, SITE_NAME } from "./site";

const publisher = () => ({ "@type": "Organization", name: SITE_NAME, url: absoluteUrl("/") });

/**
 * schema.org Country with every code others use for it (schema.org PropertyValue, named by
 * scheme) and `sameAs` its Wikidata item and ISO entry, so a reader can join it to their data.
 */
export function countryJsonLd(country: { name: string; code: string; slug?: string }) {
  const ids = countryIdentifiers(country.code);
  const codes: [string, string | number | null | undefined][] = [
    ["ISO 3166-1 alpha-2", country.code],
    ["ISO 3166-1 alpha-3", ids?.alpha3],
    ["ISO 3166-1 numeric", ids?.numeric],
    ["UN M49", ids?.m49],
    ["Wikidata", ids?.wikidata],
    ["Correlates of War", ids?.cow?.code],
  ];
  return {
    "@type": "Country",
    name: country.name,
    identifier: codes
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([propertyID, value]) => ({ "@type": "PropertyValue", propertyID, value: String(value) })),
    sameAs: countrySameAs(country.code),
    ...(country.slug ? { url: absoluteUrl(routes.country(country.slug)) } : {}),
  };
}

/** A source as schema.org CreativeWork: what a page or an API answer cites. */
export function sourceJsonLd(source: {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedOn: string | null;
}) {
  return {
    "@type": "CreativeWork",
    // The source's stable address on Dyad; `url` is where it is published.
    "@id": absoluteUrl(routes.source(source.id)),
    name: source.title,
    ...(source.url ? { url: source.url } : {}),
    ...(source.publisher ? { publisher: { "@type": "Organization", name: source.publisher } } : {}),
    ...(source.publishedOn ? { datePublished: source.publishedOn } : {}),
  };
}

const citations = (facts: RevisionView[]) => {
  const seen = new Map<string, RevisionView["sources"][number]>();
  for (const f of facts) for (const s of f.sources) seen.set(s.id, s);
  return [...seen.values()].map(sourceJsonLd);
};

/** schema.org Article for a relation page: its two countries, dates and cited sources. */
export function relationJsonLd(page: RelationPage) {
  const url = absoluteUrl(routes.relation(page.relation.slug));
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    "@id": url,
    url,
    headline: page.relation.name,
    description: relationDescription(page),
    inLanguage: "en",
    ...(page.firstPublishedAt ? { datePublished: page.firstPublishedAt } : {}),
    ...(page.lastPublishedAt ? { dateModified: page.lastPublishedAt } : {}),
    about: page.relation.countries.map(countryJsonLd),
    publisher: publisher(),
    citation: citations(page.facts),
    license: DATA_LICENCE.url,
    isAccessibleForFree: true,
  };
}

/** schema.org Claim for a fact page: its text, when it was published and what it cites. */
export function factJsonLd(fact: PublicFact, shown: RevisionView) {
  const url = absoluteUrl(routes.fact(fact.factId));
  const first = fact.publications[0]?.at;
  const last = fact.publications.at(-1)?.at;
  const { start, end } = shown.validTime;
  return {
    "@context": "https://schema.org",
    "@type": "Claim",
    "@id": url,
    url,
    text: shown.statement,
    inLanguage: "en",
    ...(first ? { datePublished: first } : {}),
    ...(last ? { dateModified: last } : {}),
    ...(start
      ? { temporalCoverage: end && end !== start ? `${start}/${end}` : end === null ? `${start}/..` : start }
      : {}),
    isPartOf: {
      "@type": "Article",
      url: absoluteUrl(routes.relation(fact.relation.slug)),
      headline: fact.relation.name,
    },
    about: fact.relation.countries.map(countryJsonLd),
    publisher: publisher(),
    citation: citations([shown]),
    license: DATA_LICENCE.url,
  };
}

export function breadcrumbJsonLd(items: { name: string; path: string }[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}
