import { routes } from "../lib/routes";

/** A plain GET form: search works without JavaScript. */
export function SearchForm({ defaultValue = "", autoFocus = false }: { defaultValue?: string; autoFocus?: boolean }) {
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
      </form>
    </search>
  );
}
