import { ZDiffQuery } from "@dyad/api-contract";
import { diff } from "@/lib/api/reads";
import { parseQuery } from "@/lib/api/request";
import { readResponse } from "@/lib/api/respond";
import { publicRead, route } from "@/lib/api/route";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request, { params }) =>
    readResponse(request, await diff({ factId: String(params.id), ...parseQuery(request, ZDiffQuery) })),
  ),
});
