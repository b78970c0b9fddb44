import { ZSearchRequest } from "@dyad/api-contract";
import { searchApi } from "@dyad/db";
import { pageLinkHeaders } from "@/lib/api/page-links";
import { parseQuery } from "@/lib/api/request";
import { json } from "@/lib/api/respond";
import { publicRead, route } from "@/lib/api/route";

// Not cached (a query is unbounded input, as on the search page); answered about now.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request) => {
    const query = parseQuery(request, ZSearchRequest);
    const body = await searchApi({ ...query, kind: query.kind?.join(","), from: str(query.from), to: str(query.to) });
    return json(request, body, { cache: "current", headers: pageLinkHeaders(body.links) });
  }),
});

const str = (year: number | undefined) => (year === undefined ? undefined : String(year));
