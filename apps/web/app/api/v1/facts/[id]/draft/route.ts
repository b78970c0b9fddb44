import { getDraftFact } from "@dyad/db";
import { json } from "@/lib/api/respond";
import { route, withToken } from "@/lib/api/route";

/** The latest draft, for scripts: its ETag is the revision id to send back as If-Match. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: withToken("facts:write", async (request, { params, auth }) => {
    const draft = await getDraftFact({ factId: String(params.id), actor: auth.actor });
    return json(request, draft, { cache: "none", etag: `"${draft.data.revisionId}"` });
  }),
});
