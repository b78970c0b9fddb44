import { ZCreateReleaseRequest, ZListReleasesQuery } from "@dyad/api-contract";
import { createRelease, listReleases, parseInput } from "@dyad/db";
import { pageLinkHeaders } from "@/lib/api/page-links";
import { parseQuery, readJson } from "@/lib/api/request";
import { json } from "@/lib/api/respond";
import { publicRead, route, withToken } from "@/lib/api/route";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  /** Releases, newest first. Short-lived: a new release adds to the top. */
  GET: publicRead(async (request) => {
    const page = await listReleases(parseQuery(request, ZListReleasesQuery));
    return json(request, page, { cache: "current", headers: pageLinkHeaders(page.links) });
  }),
  /** Cut a release of everything public now (reviewers and admins; token scope releases:write). */
  POST: withToken("releases:write", async (request, { auth }) => {
    const body = parseInput(ZCreateReleaseRequest, await readJson(request));
    const { id: _id, ...release } = await createRelease({ ...body, actor: auth.actor });
    return json(request, { data: release }, { status: 201, cache: "none", headers: { location: release.url } });
  }),
});
