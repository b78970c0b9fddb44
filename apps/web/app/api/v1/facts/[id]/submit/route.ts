import { getDraftFact, submitFact } from "@dyad/db";
import { ifMatchRevision } from "@/lib/api/request";
import { json } from "@/lib/api/respond";
import { route, withToken } from "@/lib/api/route";

/**
 * Send the draft named by If-Match to the reviewers, as the editor app's "Submit" does (the same
 * publish rules apply; a draft that would fail them is refused with its issues by field).
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  POST: withToken("facts:write", async (request, { params, auth }) => {
    const factId = String(params.id);
    await submitFact({ factId, expectedRevisionId: ifMatchRevision(request), actor: auth.actor });
    const draft = await getDraftFact({ factId, actor: auth.actor });
    return json(request, draft, { cache: "none", etag: `"${draft.data.revisionId}"` });
  }),
});
