import type { Metadata } from "next";
import { RelationList } from "../components/relation-list";
import { SearchForm } from "../components/search-form";
import { JsonLd } from "../lib/json-ld";
import { pageMetadata } from "../lib/metadata";
import { homeRelations, siteStats } from "../lib/public-data";
import { routes } from "../lib/routes";
import { absoluteUrl, SITE_NAME } from "../lib/site";

// Rendered per request (a build has no database to prerender it from), from cached reads that
// a publish revalidates (tag "relations"): a view does not query the database.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  ...pageMetadata({
    title: "Dyad: relations between countries",
    description: "Dated, sourced and versioned facts about relations between countries.",
    path: "/",
    feed: { path: routes.feed(), title: "Dyad: recent changes" },
  }),
  title: { absolute: "Dyad: relations between countries" },
};

export default async function HomePage() {
  const [stats, { recent, largest }] = await Promise.all([siteStats(), homeRelations(10)]);
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "WebSite",
          name: SITE_NAME,
          url: absoluteUrl("/"),
          potentialAction: {
            "@type": "SearchAction",
            target: { "@type": "EntryPoint", urlTemplate: absoluteUrl("/search?q={search_term_string}") },
            "query-input": "required name=search_term_string",
          },
        }}
      />
      <h1>Relations between countries</h1>
      <p className="lead">
        Dated, sourced facts about how countries deal with each other: embassies, agreements, visits, trade and more.
        Every change is kept, so any page can be read as it was on a past date.
      </p>
      <SearchForm />
      <ul className="flat-list stats" aria-label="What Dyad holds">
        <li>
          <strong>{stats.countries.toLocaleString("en")}</strong> {stats.countries === 1 ? "country" : "countries"}
        </li>
        <li>
          <strong>{stats.relations.toLocaleString("en")}</strong> {stats.relations === 1 ? "relation" : "relations"}
        </li>
        <li>
          <strong>{stats.facts.toLocaleString("en")}</strong> published {stats.facts === 1 ? "fact" : "facts"}
        </li>
      </ul>
      <section aria-labelledby="recent">
        <h2 id="recent">Recently updated relations</h2>
        {recent.length > 0 ? <RelationList relations={recent} /> : <p>No relation has published facts yet.</p>}
      </section>
      {largest.length > 0 && (
        <section aria-labelledby="largest">
          <h2 id="largest">Most documented relations</h2>
          <RelationList relations={largest} />
        </section>
      )}
      <p>
        <a href={routes.countries()}>All countries and their relations</a> ·{" "}
        <a href={routes.feed()}>Recent changes (Atom feed)</a>
      </p>
    </>
  );
}
