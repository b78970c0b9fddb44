import { AppError, readPublished, searchPublic } from "@dyad/db";
import type { Metadata } from "next";
import { SearchForm } from "../../components/search-form";
import { SearchResultsView } from "../../components/search-results";
import { firstParam } from "../../lib/format";
import { pageMetadata } from "../../lib/metadata";
import { routes } from "../../lib/routes";

// The one public page that queries per request: a query is unbounded input, so caching it
// would let anyone fill the cache. Published content only (see @dyad/db searchPublic).
interface Props {
  searchParams: Promise<{ q?: string | string[] }>;
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
  const q = firstParam((await props.searchParams).q) ?? "";
  let results: Awaited<ReturnType<typeof searchPublic>> | null = null;
  let problem: string | null = null;
  try {
    results = await readPublished(() => searchPublic({ q }));
  } catch (error) {
    if (!(error instanceof AppError && error.code === "INVALID")) throw error;
    problem = "Search for at most 200 characters.";
  }
  return (
    <>
      <h1>Search</h1>
      <SearchForm defaultValue={q.slice(0, 200)} autoFocus={!q} />
      {problem && (
        <p className="notice" role="alert">
          {problem}
        </p>
      )}
      {results?.query && <SearchResultsView results={results} />}
    </>
  );
}
