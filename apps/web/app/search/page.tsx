import { AppError, readPublished, searchPublic } from "@dyad/db";
import type { Metadata } from "next";
import { SearchFacetsView } from "@/components/search-facets";
import { SearchForm } from "@/components/search-form";
import { SearchResultsView } from "@/components/search-results";
import { firstParam } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { routes, type SearchFacets } from "@/lib/routes";

// The one public page that queries per request: a query is unbounded input, so caching it
// would let anyone fill the cache. Published content only (see @dyad/db searchPublic).
type Param = string | string[] | undefined;
interface Props {
  searchParams: Promise<{
    q?: Param;
    kind?: Param;
    relation?: Param;
    country?: Param;
    from?: Param;
    to?: Param;
    page?: Param;
  }>;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const q = firstParam((await props.searchParams).q)
    ?.trim()
    .slice(0, 100);
  return pageMetadata({
    title: q ? `“${q}”: search` : "Search",
    description: "Search relations, countries and facts.",
    path: routes.search(),
    noindex: true,
  });
}

export default async function SearchPage(props: Props) {
  const search = await props.searchParams;
  const q = firstParam(search.q) ?? "";
  // Only what the reader gave: empty fields of the form count as absent.
  const facets: SearchFacets = {};
  for (const key of ["kind", "relation", "country", "from", "to", "page"] as const) {
    const value = firstParam(search[key])?.trim();
    if (value) facets[key] = value;
  }
  let results: Awaited<ReturnType<typeof searchPublic>> | null = null;
  let problem: string | null = null;
  try {
    results = await readPublished(() => searchPublic({ q, ...facets }));
  } catch (error) {
    if (!(error instanceof AppError && error.code === "INVALID")) throw error;
    problem = error.message.startsWith("q:")
      ? "Search for at most 200 characters."
      : `Not understood: ${error.message}.`;
  }
  const faceted = Boolean(facets.kind || facets.relation || facets.country || facets.from || facets.to);
  return (
    <>
      <h1>Search</h1>
      <SearchForm defaultValue={q.slice(0, 200)} autoFocus={!q && !faceted} facets={facets} />
      {problem && (
        <p className="notice" role="alert">
          {problem}
        </p>
      )}
      {results && (results.query || faceted) && (
        <div className="search-layout">
          <SearchFacetsView results={results} facets={facets} />
          <div>
            <SearchResultsView results={results} facets={facets} />
          </div>
        </div>
      )}
    </>
  );
}
