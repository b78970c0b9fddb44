import { listReleaseChanges, ZReleaseChangesQuery } from "@dyad/db";
import { parseQuery } from "../../../../../../lib/api/request";
import { json } from "../../../../../../lib/api/respond";
import { publicRead, route } from "../../../../../../lib/api/route";

/** A release's changelog against the previous release (immutable, like the release). */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request, { params }) => {
    const name = String(params.name);
    const page = await listReleaseChanges({ name, ...parseQuery(request, ZReleaseChangesQuery) });
    return json(request, page, { cache: name === "latest" ? "current" : "immutable" });
  }),
});
