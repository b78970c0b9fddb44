import { locateVersion, type VersionPosition } from "@dyad/db";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AsOfBanner } from "@/components/as-of-banner";
import { RelationArticle } from "@/components/relation-article";
import { TimeControl } from "@/components/time-control";
import { ValidOnBanner } from "@/components/valid-on-banner";
import { formatDay } from "@/lib/format";
import { pageMetadata, relationDescription } from "@/lib/metadata";
import { relationPage } from "@/lib/public-data";
import { isSlug, routes } from "@/lib/routes";
import { factsHeldOn, formatOn, readTimeParams } from "@/lib/time-params";

// `/relations/<slug>?on=<date>&asOf=<instant>` (rewritten here by next.config.ts when either is
// in the address): `asOf` shows the page as it was published then, `on` keeps the facts true on
// that date, both together "what Dyad said on T about D". Rendered per request, but the instant
// is first resolved to the version in effect (a publication instant, from the cached list of
// versions) and the content is cached per version; `on` filters that content here, so no view
// queries the database and the cache holds one entry per version, not one per date typed.
interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ asOf?: string | string[]; on?: string | string[] }>;
}

async function load(props: Props) {
  const { slug } = await props.params;
  if (!isSlug(slug)) notFound();
  const time = await readTimeParams(props.searchParams);
  if (!time.error && !time.asOf && !time.on) redirect(routes.relation(slug));
  const now = await relationPage(slug, null);
  if (!now) notFound();
  let page = now;
  let position: VersionPosition | null = null;
  if (time.asOf) {
    position = locateVersion(now.versions, new Date(time.asOf));
    const then = position.current ? await relationPage(slug, position.current) : null;
    page = then ?? { ...now, facts: [], firstPublishedAt: null, lastPublishedAt: null };
  }
  const held = factsHeldOn(page.facts, time.on);
  return { page: { ...page, facts: held.facts }, undated: held.undated, position, time };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { page, time } = await load(props);
  const when = [time.on && `true on ${formatOn(time.on)}`, time.asOf && `as of ${formatDay(time.asOf)}`]
    .filter(Boolean)
    .join(", ");
  return pageMetadata({
    title: when ? `${page.relation.name} (${when})` : `${page.relation.name}: date not understood`,
    description: relationDescription(page, time.asOf ?? undefined),
    path: routes.relation(page.relation.slug, time.asOf, time.on),
    type: "article",
    noindex: true,
  });
}

export default async function PastRelationPage(props: Props) {
  const { page, undated, position, time } = await load(props);
  const { slug, name } = page.relation;
  const control = <TimeControl action={routes.relation(slug)} time={time} />;
  if (time.error) {
    // A bad or future date: say so beside the control, and show nothing that could pass for an answer.
    return (
      <article className="relation">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <a href={routes.home()}>Home</a> › <a href={routes.relation(slug)}>{name}</a>
        </nav>
        <h1>{name}</h1>
        {control}
        <p>
          <a href={routes.relation(slug)}>See the current page</a>
        </p>
      </article>
    );
  }
  return (
    <RelationArticle
      page={page}
      asOf={time.asOf}
      on={time.on}
      banner={
        <>
          {time.asOf && position && (
            <AsOfBanner
              asOf={time.asOf}
              position={position}
              subject={name}
              href={(version) => routes.relation(slug, version, time.on)}
              currentHref={routes.relation(slug, null, time.on)}
            />
          )}
          {time.on && (
            <ValidOnBanner
              on={time.on}
              shown={page.facts.length}
              undated={undated}
              allHref={routes.relation(slug, time.asOf)}
            />
          )}
          {control}
        </>
      }
    />
  );
}
