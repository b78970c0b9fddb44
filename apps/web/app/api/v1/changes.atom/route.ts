import { z } from "zod";
import { changesAtom } from "../../../../lib/api/atom";
import { latestChanges } from "../../../../lib/api/reads";
import { parseQuery } from "../../../../lib/api/request";
import { CACHE, etagOf, notModified } from "../../../../lib/api/respond";
import { publicRead, route } from "../../../../lib/api/route";
import { siteUrl } from "../../../../lib/site";

/** The latest 50 changes as an Atom feed. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request) => {
    parseQuery(request, z.strictObject({}));
    const { data, meta } = await latestChanges({ limit: 50 });
    const xml = changesAtom({ events: data, asOf: meta.asOf, origin: siteUrl().origin });
    const etag = etagOf(xml);
    const headers = { etag, "cache-control": CACHE.current };
    if (notModified(request, etag)) return new Response(null, { status: 304, headers });
    return new Response(xml, { headers: { ...headers, "content-type": "application/atom+xml; charset=utf-8" } });
  }),
});
