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
