import { getRelease, ZReleaseQuery } from "@dyad/db";
import { parseQuery } from "../../../../../lib/api/request";
import { json } from "../../../../../lib/api/respond";
import { publicRead, route } from "../../../../../lib/api/route";

/**
 * A release's manifest and links, cached an hour (its redactions list can grow); `latest` redirects to the newest
 * (with asOf: the newest then). With asOf, a release cut later was not there yet: 404.
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request, { params }) => {
    const { asOf } = parseQuery(request, ZReleaseQuery);
    const name = String(params.name);
    const { id: _id, ...release } = await getRelease({ name, asOf });
    if (name === "latest") {
      return new Response(null, { status: 302, headers: { location: release.url, "cache-control": "no-cache" } });
    }
    // Not immutable: `redactions` grows when a takedown reaches one of its entries.
    return json(request, { data: release }, { cache: "reference" });
  }),
});
