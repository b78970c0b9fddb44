/** A page's links as a Link header (RFC 8288): next, prev and first where the page knows them. */
export function linkHeader(links: { next?: string | null; prev?: string | null; first?: string | null } | undefined) {
  if (!links) return undefined;
  const parts = (["next", "prev", "first"] as const).flatMap((rel) =>
    links[rel] ? [`<${links[rel]}>; rel="${rel}"`] : [],
  );
  return parts.length ? parts.join(", ") : undefined;
}

/** The Link header of a page, as response headers (none when the page links nowhere). */
export function pageLinkHeaders(links: Parameters<typeof linkHeader>[0]): Record<string, string> {
  const link = linkHeader(links);
  return link ? { link } : {};
}
