import { canonicalRelationSlug } from "@dyad/db";
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { RelationArticle } from "@/components/relation-article";
import { TimeControl } from "@/components/time-control";
import { JsonLd } from "@/lib/json-ld";
import { pageMetadata, relationDescription } from "@/lib/metadata";
import { relationPage } from "@/lib/public-data";
import { isSlug, routes } from "@/lib/routes";
import { breadcrumbJsonLd, relationJsonLd } from "@/lib/structured-data";

// Incremental static regeneration: rendered on the first view, then served from the full-route
// cache until a publish revalidates the relation's tag (the cached reads below carry it). An
// `?asOf=` or `?on=` address never reaches this page: next.config.ts rewrites it to ./past.
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
  return isSlug(slug) ? await relationPage(slug, null) : null;
}

async function load(props: Props) {
  const page = await find(props);
  if (page) return page;
  const { slug } = await props.params;
  // A reversed pair, upper case, codes or another spelling of a country: the canonical page.
  const canonical = await canonicalRelationSlug(slug);
  if (canonical && canonical !== slug) permanentRedirect(routes.relation(canonical));
  notFound();
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  // Redirects and 404s are the page's (from metadata as well, Next would send Location twice).
  const page = await find(props);
  if (!page) return {};
  const { slug, name } = page.relation;
  return pageMetadata({
    title: name,
    description: relationDescription(page),
    path: routes.relation(slug),
    type: "article",
    modifiedTime: page.lastPublishedAt,
    feed: { path: routes.relationFeed(slug), title: `Changes to ${name}` },
  });
}

export default async function RelationPage(props: Props) {
  const page = await load(props);
  const { slug, name } = page.relation;
  return (
    <>
      <JsonLd data={relationJsonLd(page)} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: "Dyad", path: routes.home() },
          { name, path: routes.relation(slug) },
        ])}
      />
      <RelationArticle page={page} banner={<TimeControl action={routes.relation(slug)} />} />
    </>
  );
}
