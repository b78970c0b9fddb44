import { ZChangesQuery } from "@dyad/api-contract";
import { pageLinkHeaders } from "@/lib/api/page-links";
import { changeGroups } from "@/lib/api/reads";
import { queryValues } from "@/lib/api/request";
import { json } from "@/lib/api/respond";
import { publicRead, route } from "@/lib/api/route";

/**
 * The changes feed, one entry per publish (a change-set's publish or revert is one entry). Its
 * pages are the feed's pages grouped, so a full page never changes either: cached for ever.
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request) => {
    const page = await changeGroups(queryValues(request, ZChangesQuery));
    return json(request, page, {
      cache: page.meta.hasMore ? "immutable" : "current",
      headers: pageLinkHeaders(page.links),
    });
  }),
});
