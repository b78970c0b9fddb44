import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FactChangeList } from "@/components/fact-changes";
import { formatInstant, plural } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { relationChanges } from "@/lib/relation-changes";
import { isSlug, routes } from "@/lib/routes";

// `/relations/<slug>/changes?since=<instant>&asOf=<instant>`: facts added, changed and withdrawn
// between two publication instants. Rendered per request (it reads its query) from cached
// versions of the relation page (lib/relation-changes.ts), so it queries no database.
interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ since?: string | string[]; asOf?: string | string[] }>;
}

async function load(props: Props) {
  const { slug } = await props.params;
  const result = isSlug(slug) ? await relationChanges(slug, await props.searchParams) : null;
  if (!result) notFound();
  return result;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { page, view } = await load(props);
  const { slug, name } = page.relation;
  return pageMetadata({
    title: `What changed in ${name}`,
    description: `Facts added, changed and withdrawn in ${name} between two dates.`,
    path: routes.relationChanges(slug, view?.since, view?.until),
    noindex: true,
    feed: view
      ? { path: routes.relationChangesFeed(slug, view.since, view.until), title: `Changes to ${name}` }
      : undefined,
  });
}

export default async function RelationChangesPage(props: Props) {
  const result = await load(props);
  const { view } = result;
  const { slug, name } = result.page.relation;
  return (
    <article className="relation">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={routes.home()}>Home</a> › <a href={routes.relation(slug)}>{name}</a>
      </nav>
      <h1>What changed in {name}</h1>
      <form className="time-control" action={routes.relationChanges(slug)} method="get" aria-label="Choose two dates">
        <div className="time-control-fields">
          <label>
            <span>Changed since</span>
            <input name="since" type="text" placeholder="YYYY-MM-DD" defaultValue={result.typed.since} maxLength={40} />
          </label>
          <label>
            <span>Up to (empty: now)</span>
            <input name="asOf" type="text" placeholder="YYYY-MM-DD" defaultValue={result.typed.asOf} maxLength={40} />
          </label>
          <button type="submit">Show</button>
        </div>
        {result.error && (
          <p className="time-control-error" role="alert">
            {result.error}
          </p>
        )}
      </form>
      {view && (
        <>
          <p className="meta" role="status">
            Between <time dateTime={view.since}>{formatInstant(view.since)}</time> and{" "}
            {view.until ? <time dateTime={view.until}>{formatInstant(view.until)}</time> : "now"}:{" "}
            {plural(view.changes.added.length, "fact")} added, {plural(view.changes.changed.length, "fact")} changed,{" "}
            {plural(view.changes.withdrawn.length, "fact")} withdrawn. ·{" "}
            <a href={routes.relationChangesFeed(slug, view.since, view.until)} type="application/atom+xml">
              Atom feed
            </a>{" "}
            ·{" "}
            <a
              href={`/api/v1/relations/${slug}/changes?since=${encodeURIComponent(view.since)}`}
              type="application/json"
            >
              As JSON
            </a>
          </p>
          <FactChangeList changes={view.changes} asOf={view.until} />
        </>
      )}
    </article>
  );
}
