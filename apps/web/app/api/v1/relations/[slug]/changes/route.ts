import { ZRelationChangesQuery } from "@dyad/api-contract";
import { relationChanges } from "@/lib/api/reads";
import { parseQuery } from "@/lib/api/request";
import { readResponse } from "@/lib/api/respond";
import { publicRead, route } from "@/lib/api/route";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request, { params }) => {
    const query = parseQuery(request, ZRelationChangesQuery);
    return readResponse(request, await relationChanges({ slug: String(params.slug), ...query }));
  }),
});
