import { z } from "zod";
import { changesAtom } from "@/lib/api/atom";
import { latestChanges } from "@/lib/api/reads";
import { parseQuery } from "@/lib/api/request";
import { CACHE, textResponse } from "@/lib/api/respond";
import { publicRead, route } from "@/lib/api/route";
import { siteUrl } from "@/lib/site";

/** Feed readers ask for Atom, or for XML in general. */
const ATOM = ["application/atom+xml", "application/xml", "text/xml"];

/** The latest 50 changes as an Atom feed. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request) => {
    parseQuery(request, z.strictObject({}));
    const { data, meta } = await latestChanges({ limit: 50 });
    const xml = changesAtom({ events: data, asOf: meta.asOf, origin: siteUrl().origin });
    // ETag over the bytes and Last-Modified at the newest change (304 to either), like the site's feeds.
    const response = textResponse(request, xml, "application/atom+xml; charset=utf-8", data[0]?.at);
    response.headers.set("cache-control", CACHE.current);
    return response;
  }, ATOM),
});
