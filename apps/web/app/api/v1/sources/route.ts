import { ZListSourcesQuery } from "@dyad/api-contract";
import { sources } from "@/lib/api/reads";
import { queryValues } from "@/lib/api/request";
import { readResponse } from "@/lib/api/respond";
import { publicRead, route } from "@/lib/api/route";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request) => readResponse(request, await sources(queryValues(request, ZListSourcesQuery)))),
});
