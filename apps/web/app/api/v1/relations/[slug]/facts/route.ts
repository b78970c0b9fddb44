import { ZListFactsQuery } from "@dyad/api-contract";
import { facts } from "@/lib/api/reads";
import { parseQuery } from "@/lib/api/request";
import { readResponse } from "@/lib/api/respond";
import { publicRead, route } from "@/lib/api/route";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request, { params }) => {
    const query = parseQuery(request, ZListFactsQuery);
    // The op takes the query as given (it parses it again): kinds back to their comma form.
    const body = await facts({ slug: String(params.slug), ...query, kind: query.kind?.join(",") });
    return readResponse(request, body);
  }),
});
