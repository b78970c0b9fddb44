import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeList } from "@/components/change-list";
import { pageMetadata } from "@/lib/metadata";
import { recentChanges } from "@/lib/public-data";
import { isSlug, routes } from "@/lib/routes";

// Like the relation page: statically regenerated, revalidated by the relation's tag.
export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

const LIMIT = 500;

interface Props {
  params: Promise<{ slug: string }>;
}

async function load(props: Props) {
  const { slug } = await props.params;
  const changes = isSlug(slug) ? await recentChanges(slug, LIMIT) : null;
  if (!changes?.relation) notFound();
  return { relation: changes.relation, entries: changes.groups };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { relation } = await load(props);
  return pageMetadata({
    title: `History of ${relation.name}`,
    description: `Every change published to ${relation.name}, newest first, with the page as it was after each.`,
    path: routes.relationHistory(relation.slug),
    feed: { path: routes.relationFeed(relation.slug), title: `Changes to ${relation.name}` },
  });
}

export default async function RelationHistoryPage(props: Props) {
  const { relation, entries } = await load(props);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={routes.home()}>Home</a> › <a href={routes.relation(relation.slug)}>{relation.name}</a>
      </nav>
      <h1>History of {relation.name}</h1>
      <p>
        Every change to what the public sees on this page, newest first; a change-set's facts, published together at one
        instant, are one entry. Follow “the page as of then” to read the page exactly as it was after a change.{" "}
        <a href={routes.relationFeed(relation.slug)}>Follow changes (Atom feed)</a>.
      </p>
      {entries.length === 0 ? (
        <p>Nothing has been published for this relation yet.</p>
      ) : (
        <ChangeList entries={entries} showRelation={false} />
      )}
      {entries.length === LIMIT && <p className="muted">Showing the latest {LIMIT} changes.</p>}
    </>
  );
}
