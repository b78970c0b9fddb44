import { ZCreateFactRequest } from "@dyad/api-contract";
import { createDraftFact, parseInput } from "@dyad/db";
import { idempotencyOf, REPLAYED, readJson } from "@/lib/api/request";
import { json } from "@/lib/api/respond";
import { route, withToken } from "@/lib/api/route";

/** Create a fact as a draft (it goes through review like one written in the editor app). */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  POST: withToken("facts:write", async (request, { auth }) => {
    const raw = await readJson(request);
    const body = parseInput(ZCreateFactRequest, raw);
    const idempotency = idempotencyOf(request, auth.tokenId, raw);
    const { replayed, ...draft } = await createDraftFact({ ...body, actor: auth.actor, idempotency });
    return json(request, draft, {
      status: 201,
      cache: "none",
      etag: `"${draft.data.revisionId}"`,
      headers: { location: `/api/v1/facts/${draft.data.factId}/draft`, ...(replayed ? REPLAYED : {}) },
    });
  }),
});
