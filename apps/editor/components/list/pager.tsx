import Link from "next/link";

/** "Page 2 of 5 (112 facts)" with links to the pages before and after, keeping every filter. */
export function Pager(props: {
  path: string;
  search: URLSearchParams;
  page: number;
  pages: number;
  total: number;
  noun: string;
}) {
  const href = (page: number) => {
    const params = new URLSearchParams(props.search);
    params.set("page", String(page));
    return `${props.path}?${params}`;
  };
  return (
    <nav aria-label="Pages" className="row small">
      <p>
        Page {props.page} of {props.pages} ({props.total} {props.noun})
      </p>
      {props.page > 1 && <Link href={href(Math.min(props.page - 1, props.pages))}>Previous page</Link>}
      {props.page < props.pages && <Link href={href(props.page + 1)}>Next page</Link>}
    </nav>
  );
}

/** A list page's known search params: as given, for the list read to validate, and as a query string for links. */
export function listSearch<K extends string>(
  keys: readonly K[],
  search: Record<string, string | string[] | undefined>,
) {
  const picked: Partial<Record<K, string | string[]>> = {};
  const kept = new URLSearchParams();
  for (const key of keys) {
    const value = search[key];
    if (value === undefined || value === "") continue;
    picked[key] = value;
    for (const v of Array.isArray(value) ? value : [value]) kept.append(key, v);
  }
  return { picked, kept };
}
