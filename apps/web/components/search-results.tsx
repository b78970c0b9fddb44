import { KIND_LABELS, type SearchResults } from "@dyad/db";
import { plural } from "../lib/format";
import { routes, type SearchFacets } from "../lib/routes";

/** Matching relations, countries and facts (one per sentence, paged); matched words are marked. */
export function SearchResultsView({ results, facets = {} }: { results: SearchResults; facets?: SearchFacets }) {
  const { relations, countries, facts, page, limit } = results;
  const total = relations.length + countries.length + results.total;
  const what = results.query ? `“${results.query}”` : "your choice";
  const pages = Math.min(100, Math.ceil(results.total / limit));
  const pageHref = (n: number) => routes.search(results.query, { ...facets, page: n === 1 ? undefined : String(n) });
  return (
    <>
      <p role="status">
        {total === 0 ? `Nothing published matches ${what}.` : `${plural(total, "result")} for ${what}.`}
        {results.onlyNearMatches && " No fact contains those exact words; these are the closest."}
      </p>
      {relations.length > 0 && (
        <section aria-labelledby="found-relations">
          <h2 id="found-relations">Relations</h2>
          <ul className="results">
            {relations.map((r) => (
              <li key={r.slug}>
                <a href={routes.relation(r.slug)}>{r.name}</a>{" "}
                <span className="muted">({plural(r.facts, "fact")})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {countries.length > 0 && (
        <section aria-labelledby="found-countries">
          <h2 id="found-countries">Countries</h2>
          <ul className="results">
            {countries.map((c) => (
              <li key={c.code}>
                <a href={routes.country(c.slug)}>{c.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {facts.length > 0 && (
        <section aria-labelledby="found-facts">
          <h2 id="found-facts">Facts</h2>
          <ol className="results" start={(page - 1) * limit + 1}>
            {facts.map((f) => (
              <li key={f.factId}>
                <a href={routes.fact(f.factId)}>
                  {f.snippet.map((part, i) =>
                    // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed snippet
                    part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                  )}
                </a>
                <br />
                <span className="muted">
                  {!f.exact && !results.onlyNearMatches && "Close match · "}
                  {KIND_LABELS[f.kind]} · {plural(f.claims, "claim")} · in{" "}
                  <a href={`${routes.relation(f.relation.slug)}#fact-${f.factId}`}>{f.relation.name}</a>
                </span>
              </li>
            ))}
          </ol>
          {pages > 1 && (
            <nav aria-label="Pages of results" className="pager">
              <p>
                Page {page} of {pages}
              </p>
              <ul className="flat-list">
                {page > 1 && (
                  <li>
                    <a href={pageHref(page - 1)} rel="prev">
                      ← Previous page
                    </a>
                  </li>
                )}
                {page < pages && (
                  <li>
                    <a href={pageHref(page + 1)} rel="next">
                      Next page →
                    </a>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </section>
      )}
    </>
  );
}
