import type { PublicFact, RelationPage, RevisionView } from "@dyad/db";
import { relationDescription } from "./metadata";
import { routes } from "./routes";
import { absoluteUrl, SITE_NAME } from "./site";

const publisher = () => ({ "@type": "Organization", name: SITE_NAME, url: absoluteUrl("/") });

const citations = (facts: RevisionView[]) => {
  const seen = new Map<string, RevisionView["sources"][number]>();
  for (const f of facts) for (const s of f.sources) seen.set(s.id, s);
  return [...seen.values()].map((s) => ({
    "@type": "CreativeWork",
    name: s.title,
    ...(s.url ? { url: s.url } : {}),
    ...(s.publisher ? { publisher: { "@type": "Organization", name: s.publisher } } : {}),
    ...(s.publishedOn ? { datePublished: s.publishedOn } : {}),
  }));
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
    about: page.relation.countries.map((c) => ({
      "@type": "Country",
      name: c.name,
      identifier: c.code,
      url: absoluteUrl(routes.country(c.slug)),
    })),
    publisher: publisher(),
    citation: citations(page.facts),
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
    about: fact.relation.countries.map((c) => ({ "@type": "Country", name: c.name, identifier: c.code })),
    publisher: publisher(),
    citation: citations([shown]),
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
