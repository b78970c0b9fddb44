import { ZReleaseQuery } from "@dyad/api-contract";
import { getRelease } from "@dyad/db";
import { isLd, JSON_OR_LD, ldResponse, releaseLd } from "@/lib/api/json-ld";
import { parseQuery } from "@/lib/api/request";
import { json } from "@/lib/api/respond";
import { publicRead, route } from "@/lib/api/route";

/**
 * A release's manifest and links, cached an hour (its redactions list can grow); `latest` redirects to the newest
 * (with asOf: the newest then). With asOf, a release cut later was not there yet: 404. As JSON-LD,
 * the schema.org Dataset its page embeds.
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request, { params, type }) => {
    const { asOf } = parseQuery(request, ZReleaseQuery);
    const name = String(params.name);
    const { id: _id, ...release } = await getRelease({ name, asOf });
    if (name === "latest") {
      return new Response(null, { status: 302, headers: { location: release.url, "cache-control": "no-cache" } });
    }
    // Not immutable: `redactions` grows when a takedown reaches one of its entries.
    if (isLd(type)) return ldResponse(request, releaseLd(release), "reference", true);
    return json(request, { data: release }, { cache: "reference" });
  }, JSON_OR_LD),
});
