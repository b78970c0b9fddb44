import type { TApiSearchResults, TSearchRequest } from "@dyad/api-contract";
import { searchPublic } from "../public/search-public";
import { link } from "./paging";
import { API_LICENCE } from "./read-meta";

/** GET /api/v1/search: the site's search (searchPublic) with page links and licences. */
export async function searchApi(options: TSearchRequest): Promise<TApiSearchResults> {
  const { total, page, limit, facets, ...data } = await searchPublic(options);
  const params = {
    q: data.query || undefined,
    kind: options.kind,
    relation: options.relation,
    country: options.country,
    from: options.from,
    to: options.to,
    limit: options.limit === undefined ? undefined : limit,
  };
  return {
    data,
    meta: { total, page, limit, facets, licence: API_LICENCE },
    links: {
      self: link("/api/v1/search", { ...params, page: page === 1 ? undefined : page }),
      next: page * limit < total && page < 100 ? link("/api/v1/search", { ...params, page: page + 1 }) : null,
      prev: page > 1 ? link("/api/v1/search", { ...params, page: page === 2 ? undefined : page - 1 }) : null,
      first: link("/api/v1/search", params),
    },
  };
}
