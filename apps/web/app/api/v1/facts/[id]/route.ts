import { ZPatchFactRequest, ZValidReadQuery } from "@dyad/api-contract";
import { parseInput, reviseDraftFact } from "@dyad/db";
import { factLd, isLd, JSON_OR_LD, ldResponse } from "@/lib/api/json-ld";
import { fact } from "@/lib/api/reads";
import { idempotencyOf, ifMatchRevision, queryValues, REPLAYED, readJson } from "@/lib/api/request";
import { json, readResponse } from "@/lib/api/respond";
import { publicRead, route, withToken } from "@/lib/api/route";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  /** A fact as the public saw it, with its public revisions and history. */
  GET: publicRead(async (request, { params, type }) => {
    // The operation parses the query with the same schema (ZValidReadQuery): parsed once, there.
    const answer = await fact({ factId: String(params.id), ...queryValues(request, ZValidReadQuery) });
    if (!isLd(type)) return readResponse(request, answer);
    // As JSON-LD: the schema.org Claim the fact's page embeds.
    return ldResponse(
      request,
      factLd(JSON.parse(Buffer.from(answer.body).toString("utf8"))),
      answer.final ? "immutable" : "current",
      answer.final,
    );
  }, JSON_OR_LD),
  /** A new draft revision: the draft named by If-Match with the given fields replaced. */
  PATCH: withToken("facts:write", async (request, { params, auth }) => {
    const expectedRevisionId = ifMatchRevision(request);
    const raw = await readJson(request);
    const body = parseInput(ZPatchFactRequest, raw);
    const idempotency = idempotencyOf(request, auth.tokenId, raw);
    const { replayed, ...draft } = await reviseDraftFact({
      ...body,
      factId: String(params.id),
      expectedRevisionId,
      actor: auth.actor,
      idempotency,
    });
    return json(request, draft, {
      cache: "none",
      etag: `"${draft.data.revisionId}"`,
      headers: replayed ? REPLAYED : {},
    });
  }),
});
