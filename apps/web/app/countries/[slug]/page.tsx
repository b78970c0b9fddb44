import { countryIdentifiers } from "@dyad/core/countries/identifiers";
import { countryFromSegment, KIND_LABELS } from "@dyad/db";
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ChangeList } from "@/components/change-list";
import { RelationMap, RelationTable } from "@/components/relation-map";
import { TimeControl } from "@/components/time-control";
import { plural } from "@/lib/format";
import { JsonLd } from "@/lib/json-ld";
import { pageMetadata } from "@/lib/metadata";
import { countryPage } from "@/lib/public-data";
import { isSlug, routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";
import { countryJsonLd } from "@/lib/structured-data";

// Statically regenerated; revalidated by the country's tag (any publish touching one of its
// relations sends it) and by "relations". `?asOf=` and `?on=` go to ./past.
export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

interface Props {
  params: Promise<{ slug: string }>;
}

async function find(props: Props) {
  const { slug } = await props.params;
  return isSlug(slug) ? await countryPage(slug) : null;
}

async function load(props: Props) {
  const page = await find(props);
  if (page) return page;
  const { slug } = await props.params;
  // An ISO code ("AZ", "aze"), upper case or another spelling: the canonical page.
  const canonical = countryFromSegment(slug)?.slug;
  if (canonical && canonical !== slug) permanentRedirect(routes.country(canonical));
  notFound();
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  // Redirects and 404s are the page's (from metadata as well, Next would send Location twice).
  const page = await find(props);
  if (!page) return {};
  const { country, relations } = page;
  return pageMetadata({
    title: `Relations of ${country.name}`,
    description: `${country.name}’s relations with other countries: ${plural(relations.length, "relation")} with dated, sourced facts.`,
    path: routes.country(country.slug),
  });
}

export default async function CountryPage(props: Props) {
  const page = await load(props);
  const { country, relations } = page;
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "CollectionPage",
          name: `Relations of ${country.name}`,
          url: absoluteUrl(routes.country(country.slug)),
          about: countryJsonLd(country),
          hasPart: relations.map((r) => ({
            "@type": "Article",
            headline: r.name,
            url: absoluteUrl(routes.relation(r.slug)),
          })),
        }}
      />
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={routes.home()}>Home</a> › <a href={routes.countries()}>Countries</a>
      </nav>
      <h1>{country.name}</h1>
      <p className="meta">
        {country.officialName} · {country.region}
        {country.capitals.length > 0 && <> · capital {country.capitals.join(", ")}</>}
      </p>
      <CountryCodes code={country.code} />
      <TimeControl action={routes.country(country.slug)} />
      {relations.length === 0 ? (
        <p>No relation of {country.name} has published facts yet.</p>
      ) : (
        <>
          <h2>Relations on the map</h2>
          <RelationMap page={page} />
          <RelationTable page={page} />
          <h2 id="kinds">Facts by kind</h2>
          <ul aria-labelledby="kinds" className="kind-counts">
            {page.kinds.map((k) => (
              <li key={k.kind}>
                <a href={routes.search("", { kind: k.kind, country: country.code })}>{KIND_LABELS[k.kind]}</a>{" "}
                <span className="muted">({plural(k.count, "fact")})</span>
              </li>
            ))}
          </ul>
          {page.latestChanges.length > 0 && (
            <>
              <h2>Latest changes</h2>
              <ChangeList entries={page.latestChanges} showRelation />
            </>
          )}
        </>
      )}
    </>
  );
}

/** The codes other datasets use for the country, so a reader can join Dyad's data to theirs. */
function CountryCodes({ code }: { code: string }) {
  const ids = countryIdentifiers(code);
  if (!ids) return null;
  return (
    <p className="meta" data-testid="country-codes">
      ISO 3166-1 {ids.alpha2} / {ids.alpha3}
      {ids.numeric && <> / {ids.numeric}</>}
      {ids.wikidata && (
        <>
          {" "}
          · Wikidata <a href={`https://www.wikidata.org/wiki/${ids.wikidata}`}>{ids.wikidata}</a>
        </>
      )}
      {ids.cow && (
        <>
          {" "}
          · Correlates of War {ids.cow.code}
          {ids.cow.letter && <> ({ids.cow.letter})</>}
        </>
      )}
    </p>
  );
}
