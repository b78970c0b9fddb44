import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { RelationList } from "@/components/relation-list";
import { TimeControl } from "@/components/time-control";
import { formatDay } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { countryPage } from "@/lib/public-data";
import { isSlug, routes } from "@/lib/routes";
import { onPhrase, readTimeParams } from "@/lib/time-params";

// `/countries/<slug>?on=<date>&asOf=<instant>` (rewritten here by next.config.ts): the country's
// relations, each linked at the chosen time, so the reader keeps their date from page to page.
interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ asOf?: string | string[]; on?: string | string[] }>;
}

async function load(props: Props) {
  const { slug } = await props.params;
  const page = isSlug(slug) ? await countryPage(slug) : null;
  if (!page) notFound();
  const time = await readTimeParams(props.searchParams);
  if (!time.error && !time.asOf && !time.on) redirect(routes.country(slug));
  return { ...page, time };
}

const describe = (time: { asOf: string | null; on: string | null }) =>
  [time.on && `what was true ${onPhrase(time.on)}`, time.asOf && `as Dyad published it on ${formatDay(time.asOf)}`]
    .filter(Boolean)
    .join(", ");

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { country, time } = await load(props);
  return pageMetadata({
    title: `Relations of ${country.name} (${describe(time) || "date not understood"})`,
    description: `${country.name}’s relations with other countries, ${describe(time)}.`,
    path: routes.country(country.slug, time),
    noindex: true,
  });
}

export default async function PastCountryPage(props: Props) {
  const { country, relations, time } = await load(props);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={routes.home()}>Home</a> › <a href={routes.countries()}>Countries</a> ›{" "}
        <a href={routes.country(country.slug)}>{country.name}</a>
      </nav>
      <h1>{country.name}</h1>
      {!time.error && (
        <div className="banner valid-on">
          <p>
            <strong>Each relation below opens at your date: {describe(time)}.</strong> The counts are of the facts
            published now.
          </p>
          <p>
            <a href={routes.country(country.slug)}>Back to the current page</a>
          </p>
        </div>
      )}
      <TimeControl action={routes.country(country.slug)} time={time} />
      {!time.error && (
        <>
          <h2>Relations</h2>
          <RelationList
            relations={relations}
            time={time}
            label={(r) => `with ${r.countries.find((c) => c.code !== country.code)?.name}`}
          />
        </>
      )}
    </>
  );
}
