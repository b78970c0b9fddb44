import { KIND_LABELS, type SearchResults } from "@dyad/db";
import { plural } from "../lib/format";
import { routes, type SearchFacets } from "../lib/routes";

/**
 * Narrow a search: by kind and by relation (links, each with how many facts it keeps; counted
 * without that facet's own choice), and back out of a choice. A new choice starts at page 1.
 */
export function SearchFacetsView({ results, facets }: { results: SearchResults; facets: SearchFacets }) {
  const href = (change: SearchFacets) => routes.search(results.query, { ...facets, page: undefined, ...change });
  const { kinds, relations, years } = results.facets;
  return (
    <nav aria-label="Narrow the results" className="search-facets">
      {kinds.length > 0 && (
        <>
          <h2 id="facet-kind">Kind</h2>
          <ul aria-labelledby="facet-kind">
            {kinds.map((k) => (
              <li key={k.kind}>
                {facets.kind === k.kind ? (
                  <>
                    <strong aria-current="true">{KIND_LABELS[k.kind]}</strong> ({k.count}) ·{" "}
                    <a href={href({ kind: undefined })}>any kind</a>
                  </>
                ) : (
                  <a href={href({ kind: k.kind })}>
                    {KIND_LABELS[k.kind]} <span className="muted">({plural(k.count, "fact")})</span>
                  </a>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {relations.length > 0 && (
        <>
          <h2 id="facet-relation">Relation</h2>
          <ul aria-labelledby="facet-relation">
            {relations.map((r) => (
              <li key={r.slug}>
                {facets.relation === r.slug ? (
                  <>
                    <strong aria-current="true">{r.name}</strong> ({r.count}) ·{" "}
                    <a href={href({ relation: undefined })}>any relation</a>
                  </>
                ) : (
                  <a href={href({ relation: r.slug })}>
                    {r.name} <span className="muted">({plural(r.count, "fact")})</span>
                  </a>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {years.from !== null && (
        <p className="muted">
          Dated {years.from === years.to ? years.from : `${years.from}–${years.to}`}
          {(facets.from || facets.to) && (
            <>
              {" "}
              · <a href={href({ from: undefined, to: undefined })}>any year</a>
            </>
          )}
        </p>
      )}
    </nav>
  );
}
