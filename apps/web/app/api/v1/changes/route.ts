import { ZChangesQuery } from "@dyad/api-contract";
import { pageLinkHeaders } from "@/lib/api/page-links";
import { changes } from "@/lib/api/reads";
import { queryValues } from "@/lib/api/request";
import { json } from "@/lib/api/respond";
import { publicRead, route } from "@/lib/api/route";

/**
 * The changes feed. A full page can never change (events are settled before they are served),
 * so it is cached for ever; the last page is about now.
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request) => {
    const page = await changes(queryValues(request, ZChangesQuery));
    return json(request, page, {
      cache: page.meta.hasMore ? "immutable" : "current",
      headers: pageLinkHeaders(page.links),
    });
  }),
});
