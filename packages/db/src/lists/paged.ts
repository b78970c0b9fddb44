/** A page of a list with what the pager needs: the page may be past the end (then it is empty and says so). */
export function paged<T>(rows: T[], total: number, page: number, pageSize: number) {
  return { rows, total, page, pageSize, pages: Math.max(1, Math.ceil(total / pageSize)) };
}

/** A list's query as a page's search params bring it: any value, validated by the list read. */
export type SearchParams<Query> = { [K in keyof Query]?: unknown };
