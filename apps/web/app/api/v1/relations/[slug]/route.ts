import { ZValidReadQuery } from "@dyad/api-contract";
import { isLd, JSON_OR_LD, ldResponse, relationLd } from "@/lib/api/json-ld";
import { relation } from "@/lib/api/reads";
import { queryValues } from "@/lib/api/request";
import { readResponse } from "@/lib/api/respond";
import { publicRead, route } from "@/lib/api/route";

/** A relation: JSON, or as JSON-LD the schema.org Article its page embeds. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request, { params, type }) => {
    const answer = await relation({ slug: String(params.slug), ...queryValues(request, ZValidReadQuery) });
    if (!isLd(type)) return readResponse(request, answer);
    const ld = relationLd(JSON.parse(Buffer.from(answer.body).toString("utf8")));
    return ldResponse(request, ld, answer.final ? "immutable" : "current", answer.final);
  }, JSON_OR_LD),
});
