import { ZReleaseChangesQuery } from "@dyad/api-contract";
import { listReleaseChanges } from "@dyad/db";
import { pageLinkHeaders } from "@/lib/api/page-links";
import { parseQuery } from "@/lib/api/request";
import { json } from "@/lib/api/respond";
import { publicRead, route } from "@/lib/api/route";

/**
 * A release's changelog against the previous release. Cached an hour, like the release: a
 * takedown replaces a statement in it (docs/releases.md, Takedowns).
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request, { params }) => {
    const name = String(params.name);
    const page = await listReleaseChanges({ name, ...parseQuery(request, ZReleaseChangesQuery) });
    const headers = pageLinkHeaders(page.links);
    return json(request, page, { cache: name === "latest" ? "current" : "reference", headers });
  }),
});
