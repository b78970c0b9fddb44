import { ZListFactsQuery } from "@dyad/api-contract";
import { facts } from "@/lib/api/reads";
import { queryValues } from "@/lib/api/request";
import { readResponse } from "@/lib/api/respond";
import { publicRead, route } from "@/lib/api/route";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request, { params }) => {
    // The operation parses the query with the same schema (ZListFactsQuery): parsed once, there.
    const body = await facts({ slug: String(params.slug), ...queryValues(request, ZListFactsQuery) });
    return readResponse(request, body);
  }),
});
