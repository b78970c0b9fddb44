import { routes, type SearchFacets } from "../lib/routes";

/** A plain GET form: search works without JavaScript. Chosen kind and relation facets are kept. */
export function SearchForm({
  defaultValue = "",
  autoFocus = false,
  facets,
}: {
  defaultValue?: string;
  autoFocus?: boolean;
  /** On the search page: the facets chosen, and the year range fields. */
  facets?: SearchFacets;
}) {
  return (
    <search>
      <form action={routes.search()} method="get" className="search-form">
        <label htmlFor="search-q">Search relations, countries and facts</label>
        <div className="search-row">
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={defaultValue}
            maxLength={200}
            placeholder="e.g. Canada, embassy, 2010 trade"
            // biome-ignore lint/a11y/noAutofocus: only on the search page, where typing a query is the point
            autoFocus={autoFocus}
          />
          <button type="submit">Search</button>
        </div>
        {facets && (
          <div className="search-years">
            <label>
              <span>From year</span>
              <input name="from" type="text" inputMode="numeric" maxLength={4} defaultValue={facets.from ?? ""} />
            </label>
            <label>
              <span>To year</span>
              <input name="to" type="text" inputMode="numeric" maxLength={4} defaultValue={facets.to ?? ""} />
            </label>
            {facets.kind && <input type="hidden" name="kind" value={facets.kind} />}
            {facets.relation && <input type="hidden" name="relation" value={facets.relation} />}
            {facets.country && <input type="hidden" name="country" value={facets.country} />}
          </div>
        )}
      </form>
    </search>
  );
}
