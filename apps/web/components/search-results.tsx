import type { SearchResults } from "@dyad/db";
import { plural } from "../lib/format";
import { routes } from "../lib/routes";

/** Matching relations, countries and facts; matched words in facts are marked. */
export function SearchResultsView({ results }: { results: SearchResults }) {
  const { relations, countries, facts } = results;
  const total = relations.length + countries.length + facts.length;
  return (
    <>
      <p role="status">
        {total === 0
          ? `Nothing published matches “${results.query}”.`
          : `${plural(total, "result")} for “${results.query}”.`}
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
          <ol className="results">
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
                  in <a href={`${routes.relation(f.relation.slug)}#fact-${f.factId}`}>{f.relation.name}</a>
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
