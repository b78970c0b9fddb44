import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RelationArticle } from "../../../components/relation-article";
import { JsonLd } from "../../../lib/json-ld";
import { pageMetadata, relationDescription } from "../../../lib/metadata";
import { relationPage } from "../../../lib/public-data";
import { isSlug, routes } from "../../../lib/routes";
import { breadcrumbJsonLd, relationJsonLd } from "../../../lib/structured-data";

// Incremental static regeneration: rendered on the first view, then served from the full-route
// cache until a publish revalidates the relation's tag (the cached reads below carry it). An
// `?asOf=` address never reaches this page: next.config.ts rewrites it to ./past.
export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

interface Props {
  params: Promise<{ slug: string }>;
}

async function load(props: Props) {
  const { slug } = await props.params;
  const page = isSlug(slug) ? await relationPage(slug, null) : null;
  if (!page) notFound();
  return page;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const page = await load(props);
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
      <RelationArticle page={page} />
    </>
  );
}
